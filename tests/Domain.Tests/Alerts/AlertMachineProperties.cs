using CsCheck;

namespace KpiActors.Domain.Tests.Alerts;

/// <summary>
/// What the alert state machine promises over any sequence of judgements, silences and clock moves, checked on thousands
/// of random ones. Each run stays inside one period, so that no episode ends with its period here.
/// </summary>
public sealed class AlertMachineProperties
{
    private static readonly Gen<AlertRules> Rules = Gen.Select(
        Gen.Int[0, 3].Select(i => new[] { 0, 10, 30, 30 }[i]), Gen.Int[0, 3].Select(i => new[] { 0, 10, 30, 30 }[i]), Gen.Bool.Select(on => on ? 120 : (int?)null),
        (pending, keep, quiet) => new AlertRules(TimeSpan.FromMinutes(pending), TimeSpan.FromMinutes(keep), quiet is { } q ? TimeSpan.FromMinutes(q) : null));

    /// <summary>A step of 0 to 45 minutes: behind, not behind, or no fact at all; muted one time in five.</summary>
    private static readonly Gen<AlertStep> Step = Gen.Select(Gen.Int[0, 45], Gen.Int[0, 3], Gen.Int[0, 4],
        (minutes, kind, mute) => new AlertStep(minutes, kind switch { 0 => true, 1 => false, _ => null }, mute == 0));

    private static readonly Gen<(AlertRules Rules, AlertStep[] Steps)> Runs = Gen.Select(Rules, Step.Array[1, 60]);

    [Fact]
    public void Never_fires_before_the_pending_period_of_continuous_behind() =>
        Runs.Sample(run =>
        {
            var made = AlertRun.Of(run.Rules, run.Steps).Moves;
            return made.Where(m => m.Move.To.State == AlertState.Firing && m.Move.From?.State is null or AlertState.Pending)
                .All(m => m.Behind && m.OnSideFor >= run.Rules.PendingFor);
        }, iter: 2_000);

    [Fact]
    public void Never_resolves_before_the_keep_firing_period_of_continuous_not_behind() =>
        Runs.Sample(run =>
        {
            var made = AlertRun.Of(run.Rules, run.Steps).Moves;
            return made.Where(m => m.Move.To.State == AlertState.Resolved && m.Move.From?.State is AlertState.Firing or AlertState.Recovering)
                .All(m => !m.Behind && m.OnSideFor >= run.Rules.KeepFiringFor);
        }, iter: 2_000);

    [Fact]
    public void A_figure_hovering_on_the_line_fires_at_most_once_in_its_period()
    {
        // Behind for a while, then out of it for less than the keep-firing period, over and over.
        var keep = TimeSpan.FromMinutes(30);
        var hovering = Gen.Select(Gen.Int[1, 120], Gen.Int[0, 29]).Array[1, 30];
        Gen.Select(Gen.Int[0, 3].Select(i => new[] { 0, 10, 30, 30 }[i]), hovering).Sample((pending, spells) =>
        {
            var steps = new List<AlertStep>();
            var outFor = 0;
            foreach (var (behindFor, nextOutFor) in spells)
            {
                steps.Add(new AlertStep(outFor, true, false));
                steps.Add(new AlertStep(behindFor, false, false));
                outFor = nextOutFor;
            }

            var run = AlertRun.Of(new AlertRules(TimeSpan.FromMinutes(pending), keep, null), steps);
            return run.Moves.Count(m => m.Move.Tell == AlertTell.Fired) <= 1;
        }, iter: 2_000);
    }

    [Fact]
    public void A_muted_alert_tells_nobody() =>
        Runs.Sample(run =>
        {
            var made = AlertRun.Of(run.Rules, run.Steps.Select(s => s with { Muted = true })).Moves;
            return made.All(m => m.Move.Tell == AlertTell.Nothing);
        }, iter: 2_000);

    [Fact]
    public void The_same_input_twice_gives_the_same_moves_and_moves_once_made_are_not_made_again() =>
        Runs.Sample(run =>
        {
            var after = AlertRun.Of(run.Rules, run.Steps);
            // A second activation, or the same turn run again after a crash, sees the episode as recorded: nothing to do.
            return after.Observe() is not { } observed || (after.Again(observed).Count == 0 && after.Again(observed).SequenceEqual(after.Again(observed)));
        }, iter: 2_000);

    [Fact]
    public void From_any_episode_the_same_observation_gives_the_same_moves() =>
        Gen.Select(Runs, Gen.Bool, Gen.Int[0, 90]).Sample((run, behind, minutes) =>
        {
            var current = AlertRun.Of(run.Rules, run.Steps).Current;
            var at = AlertRun.Start.AddHours(50).AddMinutes(minutes);
            Observation observed = new Judged("2026-11", new AlertFigure(behind ? TargetStatus.Behind : TargetStatus.Met, 0.5, 0.95));
            return AlertMachine.Next(current, observed, null, at, run.Rules).SequenceEqual(AlertMachine.Next(current, observed, null, at, run.Rules));
        }, iter: 2_000);

    [Fact]
    public void Nobody_is_told_of_an_end_without_having_been_told_of_its_start() =>
        Runs.Sample(run =>
        {
            var tells = AlertRun.Of(run.Rules, run.Steps).Moves.Select(m => m.Move.Tell).Where(t => t != AlertTell.Nothing).ToList();
            var told = 0;
            foreach (var tell in tells)
            {
                // A silent feed's episode may fire twice (first behind, then silent); it ends once.
                told = tell == AlertTell.Fired ? 1 : told - 1;
                if (told < 0)
                {
                    return false;
                }
            }

            return true;
        }, iter: 2_000);
}
