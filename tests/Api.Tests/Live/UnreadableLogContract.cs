using KpiActors.Silo.Facts;
using System.Net;
using KpiActors.Domain;
using KpiActors.Silo.Storage;
using KpiActors.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace KpiActors.Api.Tests.Live;

/// <summary>
/// A grain whose log cannot be read, on each storage engine. Its log holds two counts of the most a 64-bit counter
/// holds, as the app stored them before counts were bounded: their sum overflows on either engine. A class of its own,
/// so that no other test activates the grain before its log is written.
/// </summary>
public abstract class UnreadableLogContract(AppFixture fixture)
{
    private const string Province = "22";

    private KpiApp App => fixture.App;

    private async Task ExecuteAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = await App.Services.GetRequiredService<Database>().OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.AddParameter(name, value);
        }

        await command.ExecuteNonQueryAsync();
    }

    [Fact]
    public async Task A_grain_whose_log_cannot_be_read_answers_503_for_its_own_figures_and_every_other_figure_is_shown()
    {
        var recordedAt = new DateTimeOffset(2026, 9, 30, 10, 0, 0, VietnamTime.Offset);
        foreach (var sequence in new long[] { 1, 2 })
        {
            await ExecuteAsync("""
                INSERT INTO delta_log (province, indicator, sequence, bucket, v0, v1, v2, v3, v4, v5, recorded_at, day)
                VALUES (@province, 'edoc', @sequence, 202609, @most, @most, 0, 0, 0, 0, @at, @day)
                """,
                ("province", Province), ("sequence", sequence), ("most", long.MaxValue), ("at", recordedAt), ("day", SqlDeltaLog.DayOf(recordedAt)));
        }

        using var client = App.Client();
        using (var history = await client.GetAsync($"/api/v1/provinces/{Province}/indicators/edoc/history?until=2026-09"))
        {
            Assert.Equal(TimeSpan.FromSeconds(5), history.Headers.RetryAfter?.Delta);
            var problem = await history.ProblemAsync(HttpStatusCode.ServiceUnavailable);
            Assert.Contains($"{Province}/edoc", problem.Detail);
        }

        var board = await client.GetAsync("/api/v1/board?indicator=edoc&period=2026-09").JsonAsync();
        Assert.Equal([Province], board.GetProperty("unavailable").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(33, board.GetProperty("provinces").GetArrayLength());
        Assert.DoesNotContain(board.GetProperty("provinces").EnumerateArray(), p => p.Text("province") == Province);
        Assert.Equal(33, board.GetProperty("summary").EnumerateObject().Sum(s => s.Value.GetInt32()));

        var figures = await client.GetAsync($"/api/v1/provinces/{Province}?period=2026-09").JsonAsync();
        Assert.Equal(["edoc"], figures.GetProperty("unavailable").EnumerateArray().Select(i => i.GetString()));
        Assert.Equal(3, figures.GetProperty("indicators").GetArrayLength());

        await using (var hub = await HubClient.ConnectAsync(App.BaseAddress))
        {
            var live = await hub.WatchNationalAsync();
            // 34 provinces × 4 indicators, less the one unreadable.
            Assert.Equal(135, live.GetArrayLength());
            Assert.DoesNotContain(live.EnumerateArray(), r => r.Text("province") == Province && r.Text("indicator") == "edoc");
        }

        // An operator removes the rows that cannot be summed: the next read tries the log again and the figures are back.
        await ExecuteAsync("DELETE FROM delta_log WHERE province = @province AND indicator = 'edoc'", ("province", Province));
        var readings = await client.GetAsync($"/api/v1/provinces/{Province}/indicators/edoc/history?until=2026-09&count=1").JsonAsync();
        readings.EnumerateArray().Single().AssertRatio(0, 0);
        board = await client.GetAsync("/api/v1/board?indicator=edoc&period=2026-09").JsonAsync();
        Assert.Equal(0, board.GetProperty("unavailable").GetArrayLength());
        Assert.Equal(34, board.GetProperty("provinces").GetArrayLength());
    }
}

public sealed class UnreadableLogOnSqlite(SqliteApp fixture) : UnreadableLogContract(fixture), IClassFixture<SqliteApp>;

public sealed class UnreadableLogOnPostgres(PostgresApp fixture) : UnreadableLogContract(fixture), IClassFixture<PostgresApp>;
