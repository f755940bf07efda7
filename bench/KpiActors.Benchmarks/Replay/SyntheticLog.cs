using System.Data.Common;
using KpiActors.Benchmarks.Infrastructure;
using KpiActors.Domain;
using KpiActors.Silo.Storage;
using KpiActors.TestSupport;
using Npgsql;

namespace KpiActors.Benchmarks.Replay;

/// <summary>
/// Deltas for the 136 real grains written straight into delta_log by the engine itself (INSERT ... SELECT
/// over a generated series), in log order over two years. Row i is a fixed function of i, computed alike
/// in SQL and here, so the figures a correct replay must show are known without reading the log back.
/// Row i belongs to grain i mod 136 and is number i / 136 + 1 in its sequence, and the ledger records each grain's last;
/// flows land in the Vietnamese month of the row's instant, the
/// catalogue indicator in its single stock bucket.
/// </summary>
public sealed class SyntheticLog
{
    private const int VietnamOffsetSeconds = 7 * 3600;

    private readonly long _capacity;
    private readonly long _start;
    private readonly long _span;
    private readonly Dictionary<int, long[]>[] _buckets;

    /// <param name="capacity">Rows the log will ever get: the timeline is spread over them.</param>
    public SyntheticLog(long capacity)
    {
        _capacity = capacity;
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        _span = 730L * 24 * 3600;
        _start = now - _span - 3600;
        Grains = ProvinceCatalog.Vietnam.All.SelectMany(p => Indicators.All.Select(i => (p.Code, i.Id))).ToArray();
        _buckets = Grains.Select(_ => new Dictionary<int, long[]>()).ToArray();
    }

    public (string Province, string Indicator)[] Grains { get; }

    /// <summary>Rows written so far; the next row is this one.</summary>
    public long Count { get; private set; }

    /// <summary>The Vietnamese month of the last row: the period whose boards the restart checks.</summary>
    public ReportingPeriod LastMonth => ReportingPeriod.Containing(DayOf(Count - 1), PeriodKind.Month);

    /// <summary>Appends rows up to <paramref name="count"/> in all, in chunks of a million (one transaction each).</summary>
    public async Task GrowToAsync(StorageEngine engine, Database database, long count)
    {
        await using var connection = await database.OpenAsync();
        if (Count == 0)
        {
            await BulkSql.ExecuteAsync(connection, "CREATE TABLE bench_grains (idx INTEGER PRIMARY KEY, province TEXT NOT NULL, indicator TEXT NOT NULL)");
            for (var g = 0; g < Grains.Length; g++)
            {
                await BulkSql.ExecuteAsync(connection, "INSERT INTO bench_grains VALUES (@p0, @p1, @p2)", g, Grains[g].Province, Grains[g].Indicator);
            }
        }

        if (engine == StorageEngine.Sqlite)
        {
            // The loader's own cache: the index grows at 136 places at once.
            await BulkSql.ExecuteAsync(connection, "PRAGMA cache_size = -262144");
        }

        while (Count < count)
        {
            var to = Math.Min(count, Count + 1_000_000);
            await using var command = connection.CreateCommand();
            command.CommandTimeout = 0;
            command.CommandText = engine == StorageEngine.Sqlite ? SqliteInsert : PostgresInsert(Grains);
            command.AddParameter("from", Count);
            command.AddParameter("to", to);
            command.AddParameter("start", _start);
            command.AddParameter("span", _span);
            command.AddParameter("capacity", _capacity);
            await command.ExecuteNonQueryAsync();
            for (var i = Count; i < to; i++)
            {
                Accumulate(i);
            }

            Count = to;
        }

        if (engine == StorageEngine.Postgres)
        {
            // What autovacuum does to an append-only log between restarts in production, done at once here: it marks the
            // pages all-visible, without which a replay's index-only scan still visits the heap for every row.
            await using var vacuum = connection.CreateCommand();
            vacuum.CommandTimeout = 0;
            vacuum.CommandText = "VACUUM (ANALYZE) delta_log";
            await vacuum.ExecuteNonQueryAsync();
        }

        await BulkSql.ExecuteAsync(connection, "DELETE FROM ledger");
        await BulkSql.ExecuteAsync(connection,
            "INSERT INTO ledger (province, indicator, last_sequence) SELECT province, indicator, (@p0 - idx + 135) / 136 FROM bench_grains", Count);
    }

    /// <summary>What the board of <paramref name="indicator"/> must show for a province in <see cref="LastMonth"/>.</summary>
    public Ratio Expected(string province, Indicator indicator)
    {
        var grain = Array.IndexOf(Grains, (province, indicator.Id));
        var bucket = indicator.Kind == IndicatorKind.Stock ? Bucket.Stock : Bucket.Month(LastMonth.Year, LastMonth.Index);
        return indicator.RatioOf(_buckets[grain].GetValueOrDefault(bucket) ?? new long[Counters.Width]);
    }

    /// <summary>The last sequence of every grain, which a grain's reading must have reached.</summary>
    public static async Task<Dictionary<(string, string), long>> LastSequencesAsync(Database database)
    {
        await using var connection = await database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT province, indicator, (SELECT MAX(sequence) FROM delta_log d WHERE d.province = g.province AND d.indicator = g.indicator) FROM bench_grains g";
        await using var reader = await command.ExecuteReaderAsync();
        var last = new Dictionary<(string, string), long>();
        while (await reader.ReadAsync())
        {
            last[(reader.GetString(0), reader.GetString(1))] = reader.GetInt64(2);
        }

        return last;
    }

    private long InstantOf(long i) => _start + i * _span / _capacity;

    private DateOnly DayOf(long i) => DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeSeconds(InstantOf(i) + VietnamOffsetSeconds).UtcDateTime);

    private void Accumulate(long i)
    {
        var grain = (int)(i % Grains.Length);
        var bucket = Grains[grain].Indicator == Indicators.OnlineL4Id ? Bucket.Stock : Bucket.Month(DayOf(i));
        if (!_buckets[grain].TryGetValue(bucket, out var sums))
        {
            _buckets[grain][bucket] = sums = new long[Counters.Width];
        }

        for (var k = 0; k < Counters.Width; k++)
        {
            sums[k] += i * (k + 3) / 7 % 4;
        }
    }

    /// <summary>Grains are provinces × indicators in catalogue order, so i mod 4 names the indicator.</summary>
    private static readonly int StockIndex = Indicators.All.ToList().IndexOf(Indicators.OnlineL4);

    private static readonly string SqliteInsert = $"""
        WITH RECURSIVE n(i) AS (SELECT @from UNION ALL SELECT i + 1 FROM n WHERE i + 1 < @to)
        INSERT INTO delta_log (province, indicator, sequence, bucket, v0, v1, v2, v3, v4, v5, recorded_at, day)
        SELECT (SELECT province FROM bench_grains WHERE idx = i % 136),
               (SELECT indicator FROM bench_grains WHERE idx = i % 136),
               i / 136 + 1,
               CASE WHEN i % 136 % 4 = {StockIndex} THEN 0 ELSE CAST(strftime('%Y%m', t + 25200, 'unixepoch') AS INTEGER) END,
               i * 3 / 7 % 4, i * 4 / 7 % 4, i * 5 / 7 % 4, i * 6 / 7 % 4, i * 7 / 7 % 4, i * 8 / 7 % 4,
               strftime('%Y-%m-%d %H:%M:%S', t, 'unixepoch') || '+00:00',
               CAST(strftime('%Y%m%d', t + 25200, 'unixepoch') AS INTEGER)
        FROM (SELECT i, @start + i * @span / @capacity AS t FROM n)
        """;

    private static string PostgresInsert((string Province, string Indicator)[] grains) => $"""
        INSERT INTO delta_log (province, indicator, sequence, bucket, v0, v1, v2, v3, v4, v5, recorded_at, day)
        SELECT (ARRAY[{string.Join(", ", grains.Select(g => $"'{g.Province}'"))}])[i % 136 + 1],
               (ARRAY[{string.Join(", ", grains.Select(g => $"'{g.Indicator}'"))}])[i % 136 + 1],
               i / 136 + 1,
               CASE WHEN i % 136 % 4 = {StockIndex} THEN 0 ELSE CAST(to_char(to_timestamp(t + 25200) AT TIME ZONE 'UTC', 'YYYYMM') AS INTEGER) END,
               i * 3 / 7 % 4, i * 4 / 7 % 4, i * 5 / 7 % 4, i * 6 / 7 % 4, i * 7 / 7 % 4, i * 8 / 7 % 4,
               to_timestamp(t),
               CAST(to_char(to_timestamp(t + 25200) AT TIME ZONE 'UTC', 'YYYYMMDD') AS INTEGER)
        FROM (SELECT i, @start + i * @span / @capacity AS t FROM generate_series(@from::bigint, @to::bigint - 1) AS i) AS rows
        """;
}
