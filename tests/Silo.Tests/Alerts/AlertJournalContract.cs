using KpiActors.Domain;
using KpiActors.Grains;
using KpiActors.Silo.Alerts;
using KpiActors.Silo.Storage;
using KpiActors.Silo.Tests.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace KpiActors.Silo.Tests.Alerts;

/// <summary>
/// The alerts' journal on every engine, written once: a move applies to the version its grain read, so a second
/// activation's move, or a move re-run after a crash, is refused and changes nothing; a move that tells writes its event
/// in the same transaction, and notifications take each event once.
/// </summary>
public abstract class AlertJournalContract : IAsyncLifetime
{
    private static readonly IndicatorKey Key = new("31", Indicators.OnTimeId);
    private static readonly DateTimeOffset Nine = new(2026, 11, 20, 9, 0, 0, VietnamTime.Offset);
    private static readonly AlertFigure Behind = new(TargetStatus.Behind, 0.5, 0.95);
    private static readonly AlertRules Rules = new(TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(30), null);

    private Database _database = null!;
    private SqlAlertStore _journal = null!;

    /// <summary>A new database of the engine under test, with no schema yet.</summary>
    protected abstract Task<Database> CreateEmptyDatabaseAsync();

    public async Task InitializeAsync()
    {
        _database = await CreateEmptyDatabaseAsync();
        await new SchemaMigrator(_database, KpiSiloExtensions.SchemaParts, NullLogger<SchemaMigrator>.Instance).MigrateAsync();
        _journal = new SqlAlertStore(_database);
    }

    public async Task DisposeAsync()
    {
        if (_database is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }
    }

    private static AlertMove Next(RecordedAlert? from, bool behind, DateTimeOffset at) => Assert.Single(AlertMachine.Next(
        from?.Alert.Episode, new Judged("2026-11", behind ? Behind : new AlertFigure(TargetStatus.Met, 0.97, 0.95)), null, at, Rules));

    [Fact]
    public async Task A_pending_alert_that_fires_is_one_row_at_version_2_with_one_event_of_its_firing()
    {
        var pending = await _journal.RecordAsync(Key, null, Next(null, true, Nine));
        var firing = await _journal.RecordAsync(Key, pending, Next(pending, true, Nine.AddMinutes(30)));

        Assert.Equal((pending.Alert.Id, 2L, AlertState.Firing, Nine.AddMinutes(30)), (firing.Alert.Id, firing.Version, firing.Alert.State, firing.Alert.FiredAt));
        Assert.Equal(firing, await _journal.OpenAsync(Key));
        Assert.Equal([(pending.Alert.Id, "firing", "behind", Nine.AddMinutes(30))],
            await Rows.QueryAsync(_database, "SELECT alert_id, change, kind, changed_at FROM alert_events",
                r => (r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetFieldValue<DateTimeOffset>(3))));
    }

    [Fact]
    public async Task A_move_made_again_from_the_version_it_started_from_is_refused_and_writes_nothing()
    {
        var pending = await _journal.RecordAsync(Key, null, Next(null, true, Nine));
        var fire = Next(pending, true, Nine.AddMinutes(30));
        await _journal.RecordAsync(Key, pending, fire);

        // A second activation that read the pending alert, or this turn re-run after a crash that came after the commit.
        await Assert.ThrowsAsync<AlertConflictException>(() => _journal.RecordAsync(Key, pending, fire));
        await Assert.ThrowsAsync<AlertConflictException>(() => _journal.RecordAsync(Key, pending, Next(pending, false, Nine.AddMinutes(31))));

        Assert.Equal([1L], await Rows.QueryAsync(_database, "SELECT COUNT(*) FROM alert_events", r => r.GetInt64(0)));
        Assert.Equal([("firing", 2L)], await Rows.QueryAsync(_database, "SELECT state, version FROM alerts", r => (r.GetString(0), r.GetInt64(1))));
    }

    [Fact]
    public async Task A_second_activation_beginning_an_episode_while_one_is_open_is_refused()
    {
        await _journal.RecordAsync(Key, null, Next(null, true, Nine));

        await Assert.ThrowsAsync<AlertConflictException>(() => _journal.RecordAsync(Key, null, Next(null, true, Nine.AddSeconds(1))));

        Assert.Equal([1L], await Rows.QueryAsync(_database, "SELECT COUNT(*) FROM alerts", r => r.GetInt64(0)));
    }

    [Fact]
    public async Task Many_activations_moving_the_same_alert_at_once_make_the_move_once()
    {
        var pending = await _journal.RecordAsync(Key, null, Next(null, true, Nine));
        var fire = Next(pending, true, Nine.AddMinutes(30));

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            try
            {
                await _journal.RecordAsync(Key, pending, fire);
                return true;
            }
            catch (AlertConflictException)
            {
                return false;
            }
        })));

        Assert.Equal(1, outcomes.Count(made => made));
        Assert.Equal([1L], await Rows.QueryAsync(_database, "SELECT COUNT(*) FROM alert_events", r => r.GetInt64(0)));
    }

    [Fact]
    public async Task A_pending_alert_dropped_leaves_no_row_and_tells_nothing()
    {
        var pending = await _journal.RecordAsync(Key, null, Next(null, true, Nine));

        var dropped = await _journal.RecordAsync(Key, pending, Next(pending, false, Nine.AddMinutes(5)));

        Assert.Equal((AlertState.Normal, pending.Alert.Id), (dropped.Alert.State, dropped.Alert.Id));
        Assert.Null(await _journal.OpenAsync(Key));
        Assert.Equal([0L], await Rows.QueryAsync(_database, "SELECT COUNT(*) + (SELECT COUNT(*) FROM alert_events) FROM alerts", r => r.GetInt64(0)));
    }

    [Fact]
    public async Task Who_acknowledged_an_alert_stays_through_its_later_moves()
    {
        var pending = await _journal.RecordAsync(Key, null, Next(null, true, Nine));
        await _journal.AcknowledgeAsync(pending.Alert.Id, "Sở Nội vụ", Nine.AddMinutes(1));

        var firing = await _journal.RecordAsync(Key, pending, Next(pending, true, Nine.AddMinutes(30)));

        Assert.Equal(("Sở Nội vụ", Nine.AddMinutes(1), 2L), (firing.Alert.AcknowledgedBy, firing.Alert.AcknowledgedAt, firing.Version));
    }

    [Fact]
    public async Task Events_are_taken_for_notifying_once_each_by_whichever_transaction_takes_them_first()
    {
        foreach (var province in new[] { "01", "31", "79" })
        {
            var key = Key with { Province = province };
            var pending = await _journal.RecordAsync(key, null, Next(null, true, Nine));
            await _journal.RecordAsync(key, pending, Next(pending, true, Nine.AddMinutes(30)));
        }

        await using var connection = await _database.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var taken = await _journal.TakeUnnotifiedAsync(connection, transaction, 2, CancellationToken.None);
        foreach (var alertEvent in taken)
        {
            await SqlAlertStore.MarkNotifiedAsync(connection, transaction, alertEvent, Nine.AddHours(1), CancellationToken.None);
        }

        await transaction.CommitAsync();

        Assert.Equal(["01", "31"], taken.Select(e => e.Province));
        Assert.Equal(["79"], await Rows.QueryAsync(_database, "SELECT province FROM alert_events WHERE notified_at IS NULL", r => r.GetString(0)));
    }

    [Fact]
    public async Task The_silence_over_a_key_is_the_one_in_force_naming_its_province_or_indicator_or_neither()
    {
        var silences = new SqlSilenceStore(_database);
        await silences.AddAsync("01", null, Nine.AddHours(1), "another province", "test", Nine);
        var ended = await silences.AddAsync("31", null, Nine.AddMinutes(10), "ended", "test", Nine);
        var ontime = await silences.AddAsync(null, Indicators.OnTimeId, Nine.AddHours(2), "every province's on-time rate", "test", Nine);

        Assert.Equal(ended.Id, await _journal.SilenceOverAsync(Key, Nine.AddMinutes(5)));
        Assert.Equal(ontime.Id, await _journal.SilenceOverAsync(Key, Nine.AddMinutes(20)));
        Assert.Null(await _journal.SilenceOverAsync(Key, Nine.AddHours(3)));
        Assert.Null(await _journal.SilenceOverAsync(Key with { Indicator = Indicators.EDocId }, Nine.AddMinutes(20)));
    }
}

public sealed class AlertJournalOnSqlite : AlertJournalContract
{
    protected override Task<Database> CreateEmptyDatabaseAsync() => Task.FromResult<Database>(new SqliteDatabase(TestSupport.SqliteFile.CreateConnectionString()));
}

public sealed class AlertJournalOnPostgres : AlertJournalContract
{
    protected override async Task<Database> CreateEmptyDatabaseAsync() => new PostgresDatabase(await TestSupport.PostgresServer.CreateDatabaseAsync());
}
