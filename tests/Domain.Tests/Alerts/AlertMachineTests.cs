namespace KpiActors.Domain.Tests.Alerts;

/// <summary>The state machine's moves in the cases operators ask about, at exact instants.</summary>
public sealed class AlertMachineTests
{
    private static readonly AlertRules Rules = new(TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(30), TimeSpan.FromHours(24));
    private static readonly DateTimeOffset Nine = new(2026, 11, 20, 9, 0, 0, VietnamTime.Offset);
    private static readonly AlertFigure Behind = new(TargetStatus.Behind, 0.5, 0.95);
    private static readonly AlertFigure AtRisk = new(TargetStatus.AtRisk, 0.92, 0.95);

    private static AlertEpisode Firing(DateTimeOffset since, long? silence = null) =>
        new(AlertState.Firing, "2026-11", since, Behind, FiredAt: since + Rules.PendingFor, SilenceId: silence);

    [Fact]
    public void Falling_behind_begins_a_pending_episode_that_tells_nobody_and_is_due_after_the_pending_period()
    {
        var move = Assert.Single(AlertMachine.Next(null, new Judged("2026-11", Behind), null, Nine, Rules));

        Assert.Equal((null, AlertState.Pending, Nine, AlertTell.Nothing), (move.From, move.To.State, move.To.Since, move.Tell));
        Assert.Equal(Nine.AddMinutes(30), AlertMachine.NextDeadline(move.To, null, Rules));
    }

    [Fact]
    public void Without_a_pending_period_falling_behind_fires_at_once_in_one_move()
    {
        var move = Assert.Single(AlertMachine.Next(null, new Judged("2026-11", Behind), null, Nine, Rules with { PendingFor = TimeSpan.Zero }));

        Assert.Equal((AlertState.Firing, Nine, AlertTell.Fired), (move.To.State, move.To.FiredAt, move.Tell));
    }

    [Fact]
    public void A_feed_silent_for_the_no_data_period_fires_once_and_its_next_fact_resolves_it()
    {
        // The last dossier came at 9:00 on the 19th; at 9:00 on the 20th the feed has been silent for 24 hours.
        var lastFact = Nine.AddDays(-1);
        var observed = Observation.Of("2026-11", AtRisk, lastFact, Nine, Rules);
        var silent = Assert.Single(AlertMachine.Next(null, observed, null, Nine, Rules));
        Assert.Equal((AlertState.NoData, lastFact, AlertTell.Fired), (silent.To.State, silent.To.LastFactAt, silent.Tell));
        Assert.Empty(AlertMachine.Next(silent.To, observed, null, Nine.AddHours(5), Rules));
        Assert.Null(AlertMachine.NextDeadline(silent.To, lastFact, Rules));

        var back = Assert.Single(AlertMachine.Next(silent.To, new Judged("2026-11", AtRisk), null, Nine.AddHours(6), Rules));
        Assert.Equal((AlertState.Resolved, Nine.AddHours(6), AlertTell.Resolved), (back.To.State, back.To.ResolvedAt, back.Tell));
    }

    [Fact]
    public void A_feed_that_comes_back_behind_ends_its_silence_and_begins_a_pending_episode()
    {
        var silent = new AlertEpisode(AlertState.NoData, "2026-11", Nine, Behind, FiredAt: Nine, LastFactAt: Nine.AddDays(-1));

        var moves = AlertMachine.Next(silent, new Judged("2026-11", Behind), null, Nine.AddHours(1), Rules);

        Assert.Equal([(AlertState.Resolved, AlertTell.Resolved), (AlertState.Pending, AlertTell.Nothing)], moves.Select(m => (m.To.State, m.Tell)));
        Assert.Null(moves[1].From);
    }

    [Fact]
    public void A_firing_episode_whose_feed_goes_silent_fires_again_about_the_silence()
    {
        var move = Assert.Single(AlertMachine.Next(Firing(Nine.AddHours(-2)), new Silent("2026-11", Nine.AddDays(-1)), null, Nine, Rules));

        Assert.Equal((AlertState.NoData, Nine.AddHours(-2) + Rules.PendingFor, AlertTell.Fired), (move.To.State, move.To.FiredAt, move.Tell));
    }

    [Fact]
    public void A_firing_episode_resolves_when_its_period_ends_with_that_period_s_figure()
    {
        var december = new DateTimeOffset(2026, 12, 1, 0, 5, 0, VietnamTime.Offset);
        var final = new AlertFigure(TargetStatus.Behind, 0.61, 0.95);

        var move = Assert.Single(AlertMachine.Next(Firing(Nine), new Judged("2026-11", final), null, december, Rules));

        Assert.Equal((AlertState.Resolved, final, AlertTell.Resolved), (move.To.State, move.To.Figure, move.Tell));
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 0, 0, 0, VietnamTime.Offset), AlertMachine.NextDeadline(Firing(Nine), null, Rules));
    }

    [Fact]
    public void A_pending_episode_whose_period_ends_is_dropped_untold_and_the_new_period_begins_its_own()
    {
        var pending = new AlertEpisode(AlertState.Pending, "2026-11", Nine, Behind);
        var december = new DateTimeOffset(2026, 12, 1, 0, 5, 0, VietnamTime.Offset);

        var ended = AlertMachine.Next(pending, new Judged("2026-11", Behind), null, december, Rules);
        var begun = AlertMachine.Next(ended[^1].To, new Judged("2026-12", Behind), null, december, Rules);

        Assert.Equal([(AlertState.Normal, AlertTell.Nothing)], ended.Select(m => (m.To.State, m.Tell)));
        Assert.Equal([(AlertState.Pending, "2026-12")], begun.Select(m => (m.To.State, m.To.Period)));
    }

    [Fact]
    public void The_end_of_a_muted_firing_is_muted_too_even_once_its_silence_is_over()
    {
        var recovering = Firing(Nine, silence: 4) with { State = AlertState.Recovering, ClearSince = Nine.AddHours(1) };

        var move = Assert.Single(AlertMachine.Next(recovering, new Judged("2026-11", AtRisk), null, Nine.AddHours(2), Rules));

        Assert.Equal((AlertState.Resolved, 4L, AlertTell.Nothing), (move.To.State, move.To.SilenceId, move.Tell));
    }

    [Fact]
    public void The_next_deadline_is_the_earliest_of_the_episode_s_own_and_the_feed_s_silence()
    {
        var recovering = Firing(Nine) with { State = AlertState.Recovering, ClearSince = Nine.AddHours(1) };

        Assert.Equal(Nine.AddHours(1).AddMinutes(30), AlertMachine.NextDeadline(recovering, Nine, Rules));
        Assert.Equal(Nine.AddMinutes(50), AlertMachine.NextDeadline(recovering, Nine.AddMinutes(50).AddDays(-1), Rules));
        Assert.Null(AlertMachine.NextDeadline(null, null, Rules));
        Assert.Null(AlertMachine.NextDeadline(null, Nine, Rules with { NoDataFor = null }));
    }
}
