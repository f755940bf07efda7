using KpiActors.Domain;
using Microsoft.Extensions.Logging;
using Orleans.Runtime;

namespace KpiActors.Grains;

/// <summary>
/// The grain's alert. The grain that owns the figure owns its alert: it shows the state machine (<see cref="AlertMachine"/>)
/// every judgement that could move it, records each move through the journal (one transaction with what the move tells),
/// and keeps one Orleans reminder at the next deadline (a firing, a resolution, the end of a period, a feed silent too
/// long). Reminders are durable: a deadline whose silo died comes due on a survivor, which activates the grain there.
/// </summary>
public sealed partial class IndicatorGrain
{
    private const string DeadlineReminder = "alert-deadline";

    private AlertRules _rules = null!;

    /// <summary>The key's open alert as recorded, once read from the journal.</summary>
    private RecordedAlert? _alert;

    private bool _alertRead;

    /// <summary>What the machine was last shown without a move following; null: show it the next judgement.</summary>
    private string? _shown;

    /// <summary>What this activation knows of its reminder: whether one is registered, and for when.</summary>
    private ReminderKnowledge _reminder = ReminderKnowledge.Unknown;

    private DateTimeOffset? _reminderDue;

    private enum ReminderKnowledge
    {
        Unknown,
        None,
        Registered,
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != DeadlineReminder)
        {
            return;
        }

        // It ticked, so it exists; whether its next tick is right is for this evaluation to say. The clock may have moved the
        // figures too (a new period, dossiers now overdue): the boards are told first.
        _reminder = ReminderKnowledge.Registered;
        _reminderDue = null;
        await JudgeLivePeriodAsync();
        if (_unreadable is null)
        {
            await EvaluateAlertAsync();
        }
    }

    /// <summary>
    /// Shows the machine the live judgement when it differs from what it was last shown (into or out of "behind", a new
    /// period, the feed falling silent or coming back), when a deadline has passed (whichever comes first, this judgement
    /// or the reminder, acts on it), or when a deadline has no reminder yet (a first fact arms NoData). Most judgements
    /// change none of these, and cost nothing here.
    /// </summary>
    private async Task WatchAlertAsync(IndicatorReading live)
    {
        var now = clock.GetUtcNow();
        var shown = Describe(Observe(now, live));
        var due = _reminderDue <= now;
        var unscheduled = _reminder != ReminderKnowledge.Registered && _alertRead &&
                          AlertMachine.NextDeadline(_alert?.Alert.Episode, Totals.LastFactAt, _rules) is not null;
        if (shown != _shown || !_alertRead || due || unscheduled)
        {
            await EvaluateAlertAsync();
        }
    }

    /// <summary>
    /// Runs the machine until it has nothing more to move (an episode ending may begin the next), recording every move.
    /// A failure is logged, not thrown: the figures are fine, and the next judgement, the grain's timer or the reminder
    /// tries again, on the alert as stored.
    /// </summary>
    private async Task EvaluateAlertAsync()
    {
        try
        {
            if (!_alertRead)
            {
                _alert = await alerts.OpenAsync(_key);
                _alertRead = true;
            }

            for (var round = 0; round < 4; round++)
            {
                var now = clock.GetUtcNow();
                var observed = Observe(now, Read(LivePeriod));
                var silence = _alert is not null || observed is Silent || observed is Judged { Behind: true }
                    ? await alerts.SilenceOverAsync(_key, now)
                    : null;
                var moves = AlertMachine.Next(_alert?.Alert.Episode, observed, silence, now, _rules);
                if (moves.Count == 0)
                {
                    _shown = Describe(observed);
                    break;
                }

                // The deadline first: a turn that dies after recording leaves the reminder that comes back for what follows.
                await ScheduleAsync(AlertMachine.NextDeadline(moves[^1].To is { IsOpen: true } next ? next : null, Totals.LastFactAt, _rules));
                foreach (var move in moves)
                {
                    var recorded = await alerts.RecordAsync(_key, _alert, move);
                    _alert = recorded.Alert.Episode.IsOpen ? recorded : null;
                    await PublishAsync(recorded.Alert);
                }
            }

            await ScheduleAsync(AlertMachine.NextDeadline(_alert?.Alert.Episode, Totals.LastFactAt, _rules));
        }
        catch (AlertConflictException e)
        {
            // Another activation recorded a move first; the next evaluation starts from the alert as stored.
            logger.LogWarning(e, "The alert of {Grain} was moved by another activation; reading it again", _key);
            _alertRead = false;
            _shown = null;
        }
        catch (Exception e)
        {
            logger.LogError(e, "Keeping the alert of {Grain} failed; trying again at its next judgement", _key);
            _shown = null;
        }
    }

    /// <summary>
    /// The live figure, judged, unless the feed has been silent too long; or, while an episode about a figure is open in a
    /// period that has ended, that period's final figure, so that the episode ends saying where it ended (a silence, if
    /// any, is seen in the next round, about the live period).
    /// </summary>
    private Observation Observe(DateTimeOffset now, IndicatorReading live)
    {
        if (_alert?.Alert is { Episode.IsAboutFigure: true } open && open.Period != live.Period)
        {
            var ended = Read(ReportingPeriod.Parse(open.Period));
            return new Judged(ended.Period, new AlertFigure(ended.Status, ended.Value, ended.Target));
        }

        return Observation.Of(live.Period, new AlertFigure(live.Status, live.Value, live.Target), Totals.LastFactAt, now, _rules);
    }

    private static string Describe(Observation observed) => observed switch
    {
        Silent silent => $"{silent.Period} silent",
        Judged judged => $"{judged.Period} {(judged.Behind ? "behind" : "not behind")}",
        _ => "",
    };

    /// <summary>Keeps the one reminder at <paramref name="due"/>, or none; registering and unregistering only when that changes.</summary>
    private async Task ScheduleAsync(DateTimeOffset? due)
    {
        if (due is { } at)
        {
            if (_reminder == ReminderKnowledge.Registered && _reminderDue == at)
            {
                return;
            }

            var wait = at - clock.GetUtcNow();
            await this.RegisterOrUpdateReminder(DeadlineReminder, wait > TimeSpan.Zero ? wait : TimeSpan.Zero, alertOptions.Value.RetryEvery);
            (_reminder, _reminderDue) = (ReminderKnowledge.Registered, at);
        }
        else if (_reminder == ReminderKnowledge.Registered)
        {
            if (await this.GetReminder(DeadlineReminder) is { } reminder)
            {
                await this.UnregisterReminder(reminder);
            }

            (_reminder, _reminderDue) = (ReminderKnowledge.None, null);
        }
        else
        {
            // Unknown: a reminder left from an earlier activation ticks once, finds nothing due, and is unregistered then.
            _reminder = ReminderKnowledge.None;
        }
    }

    private async Task PublishAsync(Alert alert)
    {
        try
        {
            await _notifier.PublishAlertAsync(alert);
        }
        catch (Exception e)
        {
            // Recorded is what counts: a board that missed the push finds the alert when it next lists them.
            logger.LogWarning(e, "Alert {Id} of {Grain} was recorded but not pushed to the boards", alert.Id, _key);
        }
    }
}
