using System.Globalization;
using System.Text.Json;
using KpiActors.Domain.Wire;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace KpiActors.TestSupport;

/// <summary>A dossier as the tests expect it stored: the fields of one version, compared as instants.</summary>
public sealed record RecountFact(
    string Province,
    string DossierId,
    string Level,
    string Channel,
    string? ProcedureCode,
    DateTimeOffset ReceivedAt,
    DateTimeOffset DueAt,
    DateTimeOffset? ResolvedAt,
    string Status);

/// <summary>
/// One dossier event as a one-stop office sends it. <see cref="TimeFormat"/> picks how its instants are
/// written (with +07:00, in UTC, or without an offset, which means Vietnam time), so that the wire's
/// three spellings of an instant are all exercised and must land on the same stored instant.
/// </summary>
public sealed record RecountEvent(RecountFact Fact, int TimeFormat);

/// <summary>
/// The KPI rules re-implemented in the test, independently of the app's Contributions class: if both
/// sides share a mistake, the comparison must not hide it. Everything is in Vietnam time (UTC+7).
/// </summary>
public static class RecountRules
{
    public static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    public static DateOnly VietnamDay(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Vietnam).DateTime);

    public static string VietnamMonth(DateTimeOffset instant) => instant.ToOffset(Vietnam).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static DateOnly Today => VietnamDay(DateTimeOffset.UtcNow);

    /// <summary>
    /// What a bare due date means on the wire: the whole day in Vietnam, up to its last instant as stored. Both
    /// engines keep instants to the microsecond (the finest PostgreSQL stores), so that is the day's last microsecond.
    /// </summary>
    public static DateTimeOffset EndOfDay(DateOnly day) =>
        new DateTimeOffset(day.AddDays(1).ToDateTime(TimeOnly.MinValue), Vietnam).AddTicks(-TimeSpan.TicksPerMicrosecond);

    /// <summary>received, then in progress or returned, then ended: a dossier never moves back a stage.</summary>
    public static int Stage(string status) => status switch
    {
        "received" => 0,
        "in-progress" or "returned" => 1,
        "resolved" or "withdrawn" or "refused" => 2,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Not a dossier status."),
    };

    /// <summary>The version that stands after these arrivals of one dossier, in arrival order; null when none arrived.</summary>
    public static RecountFact? Fold(IEnumerable<RecountFact> arrivals)
    {
        RecountFact? standing = null;
        foreach (var arrival in arrivals)
        {
            if (standing is null || Stage(arrival.Status) >= Stage(standing.Status))
            {
                standing = arrival;
            }
        }

        return standing;
    }

    /// <summary>Every dossier's standing version after these versions were acknowledged one after another.</summary>
    public static Dictionary<(string Province, string DossierId), RecountFact> FinalVersions(IEnumerable<RecountFact> acknowledged)
    {
        var standing = new Dictionary<(string, string), RecountFact>();
        foreach (var arrival in acknowledged)
        {
            var key = (arrival.Province, arrival.DossierId);
            standing[key] = standing.TryGetValue(key, out var previous) ? Fold([previous, arrival])! : arrival;
        }

        return standing;
    }

    public static RecountFigures Recount(IEnumerable<RecountFact> facts, DateOnly today)
    {
        var figures = new RecountFigures();
        foreach (var fact in facts)
        {
            var received = VietnamMonth(fact.ReceivedAt);
            var online = figures.Online(fact.Province, received);
            online.Received++;
            switch (fact.Channel)
            {
                case "online":
                    online.Online++;
                    break;
                case "in-person":
                    online.InPerson++;
                    break;
                default:
                    online.Postal++;
                    break;
            }

            figures.OnTime(fact.Province, received).Received++;
            var open = figures.Open(fact.Province);
            // An ended dossier counts in the month it ended; a returned or cancelled one without an end date, in the month it came.
            var ended = figures.OnTime(fact.Province, VietnamMonth(fact.ResolvedAt ?? fact.ReceivedAt));
            switch (fact.Status)
            {
                case "received" or "in-progress":
                    open.InProgress++;
                    if (VietnamDay(fact.DueAt) < today)
                    {
                        open.Overdue++;
                    }

                    break;
                case "resolved" when fact.ResolvedAt > fact.DueAt:
                    ended.Late++;
                    break;
                case "resolved" when VietnamDay(fact.ResolvedAt!.Value) < VietnamDay(fact.DueAt):
                    ended.Early++;
                    break;
                case "resolved":
                    ended.OnTime++;
                    break;
                case "returned":
                    ended.Returned++;
                    break;
                default:
                    ended.Cancelled++;
                    break;
            }
        }

        return figures;
    }
}

/// <summary>Expected counts per province and month (Vietnam time), and open dossiers per province.</summary>
public sealed class RecountFigures
{
    private readonly Dictionary<(string Province, string Month), OnTimeCounts> _onTime = [];
    private readonly Dictionary<(string Province, string Month), OnlineCounts> _online = [];
    private readonly Dictionary<string, OpenCounts> _open = [];

    public IEnumerable<string> Months => _onTime.Keys.Select(k => k.Month).Concat(_online.Keys.Select(k => k.Month)).Distinct();

    /// <summary>The provinces and months the facts count in.</summary>
    public IEnumerable<(string Province, string Month)> Touched => _onTime.Keys.Concat(_online.Keys).Distinct();

    public OnTimeCounts OnTime(string province, string month) => Get(_onTime, (province, month));

    public OnlineCounts Online(string province, string month) => Get(_online, (province, month));

    public OpenCounts Open(string province) => Get(_open, province);

    private static TValue Get<TKey, TValue>(Dictionary<TKey, TValue> map, TKey key) where TKey : notnull where TValue : new()
    {
        if (!map.TryGetValue(key, out var value))
        {
            map[key] = value = new TValue();
        }

        return value;
    }

    public sealed class OnTimeCounts
    {
        public long Received { get; set; }
        public long Early { get; set; }
        public long OnTime { get; set; }
        public long Late { get; set; }
        public long Returned { get; set; }
        public long Cancelled { get; set; }
    }

    public sealed class OnlineCounts
    {
        public long Received { get; set; }
        public long Online { get; set; }
        public long InPerson { get; set; }
        public long Postal { get; set; }
    }

    public sealed class OpenCounts
    {
        public long InProgress { get; set; }
        public long Overdue { get; set; }
    }
}

/// <summary>
/// Compares what an app serves, as any client reads it over HTTP, with figures recounted in the test. A request that gets
/// no answer, or an error, is a difference too, so that a caller can poll a node until there are none.
/// </summary>
public static class RecountBoard
{
    private static readonly string[] Provinces = [.. KpiActors.Domain.ProvinceCatalog.Vietnam.All.Select(p => p.Code)];

    /// <summary>
    /// Every difference between the app and a recount of <paramref name="facts"/>: on the board, for every province, in
    /// every month the facts touch and the months either side (where the board must show nothing), the ontime and
    /// online-dossier value, numerator, denominator and counts; the same on the page of each province in each month the
    /// facts touch it; and in the live month the open and overdue dossiers.
    /// </summary>
    public static async Task<List<string>> DifferencesAsync(HttpClient client, IEnumerable<RecountFact> facts)
    {
        var all = facts.ToList();
        while (true)
        {
            // "Overdue" moves at Vietnam's midnight: a comparison that straddles it is done again.
            var today = RecountRules.Today;
            var differences = await DifferencesAsync(client, RecountRules.Recount(all, today));
            if (RecountRules.Today == today)
            {
                return differences;
            }
        }
    }

    private static async Task<List<string>> DifferencesAsync(HttpClient client, RecountFigures expected)
    {
        var differences = new List<string>();
        try
        {
            await CompareAsync(client, expected, differences);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or UnexpectedAnswerException)
        {
            differences.Add($"{client.BaseAddress} did not answer: {e.Message}");
        }

        return differences;
    }

    private static async Task CompareAsync(HttpClient client, RecountFigures expected, List<string> differences)
    {
        var months = expected.Months.SelectMany(m =>
        {
            var first = DateOnly.ParseExact(m + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
            return new[] { first.AddMonths(-1), first, first.AddMonths(1) };
        }).Select(d => d.ToString("yyyy-MM", CultureInfo.InvariantCulture)).Distinct().Order();

        foreach (var month in months)
        {
            var onTime = await ReadBoardAsync(client, $"/api/v1/board?indicator=ontime&period={month}");
            var online = await ReadBoardAsync(client, $"/api/v1/board?indicator=online-dossier&period={month}");
            foreach (var province in Provinces)
            {
                Compare(differences, $"board {province}", month, onTime[province], online[province], expected);
            }
        }

        foreach (var (province, month) in expected.Touched.Order())
        {
            var page = (await ReadAsync(client, $"/api/v1/provinces/{province}?period={month}")).GetProperty("indicators").EnumerateArray()
                .ToDictionary(r => r.GetProperty("indicator").GetString()!);
            Compare(differences, $"page {province}", month, page["ontime"], page["online-dossier"], expected);
        }

        // Open dossiers are counted only for the live period: the default one.
        var live = await ReadBoardAsync(client, "/api/v1/board?indicator=ontime");
        foreach (var province in Provinces)
        {
            var open = expected.Open(province);
            var counts = live[province].GetProperty("counts");
            AddIfDifferent(differences, $"{province} live inProgress", open.InProgress, counts.GetProperty("inProgress").GetInt64());
            AddIfDifferent(differences, $"{province} live overdue", open.Overdue, counts.GetProperty("overdue").GetInt64());
        }
    }

    /// <summary>A province's ontime and online-dossier readings of a month, on the board or its page, against the recount.</summary>
    private static void Compare(List<string> differences, string where, string month, JsonElement onTime, JsonElement online, RecountFigures expected)
    {
        var province = onTime.GetProperty("province").GetString()!;
        var o = expected.OnTime(province, month);
        Compare(differences, $"{where} ontime {month}", onTime,
            o.Early + o.OnTime, o.Early + o.OnTime + o.Late,
            ("received", o.Received), ("early", o.Early), ("onTime", o.OnTime), ("late", o.Late), ("returned", o.Returned), ("cancelled", o.Cancelled));
        var d = expected.Online(province, month);
        Compare(differences, $"{where} online-dossier {month}", online,
            d.Online, d.Received,
            ("received", d.Received), ("online", d.Online), ("inPerson", d.InPerson), ("postal", d.Postal));
    }

    private static void Compare(List<string> differences, string what, JsonElement reading, long numerator, long denominator, params (string Name, long Value)[] counts)
    {
        AddIfDifferent(differences, $"{what} numerator", numerator, reading.GetProperty("numerator").GetInt64());
        AddIfDifferent(differences, $"{what} denominator", denominator, reading.GetProperty("denominator").GetInt64());
        double? value = denominator == 0 ? null : (double)numerator / denominator;
        var actual = reading.GetProperty("value");
        double? read = actual.ValueKind == JsonValueKind.Null ? null : actual.GetDouble();
        if (value != read)
        {
            differences.Add($"{what} value: expected {value?.ToString("R", CultureInfo.InvariantCulture) ?? "null"}, board {read?.ToString("R", CultureInfo.InvariantCulture) ?? "null"}");
        }

        var boardCounts = reading.GetProperty("counts");
        foreach (var (name, expected) in counts)
        {
            AddIfDifferent(differences, $"{what} {name}", expected, boardCounts.GetProperty(name).GetInt64());
        }
    }

    private static void AddIfDifferent(List<string> differences, string what, long expected, long actual)
    {
        if (expected != actual)
        {
            differences.Add($"{what}: expected {expected}, board {actual}");
        }
    }

    private static async Task<Dictionary<string, JsonElement>> ReadBoardAsync(HttpClient client, string path) =>
        (await ReadAsync(client, path)).GetProperty("provinces").EnumerateArray().ToDictionary(p => p.GetProperty("province").GetString()!);

    private static async Task<JsonElement> ReadAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new UnexpectedAnswerException($"GET {path} answered {(int)response.StatusCode}: {body[..Math.Min(body.Length, 300)]}");
        }

        using var document = JsonDocument.Parse(body);
        return document.RootElement.Clone();
    }

    private sealed class UnexpectedAnswerException(string message) : Exception(message);
}

/// <summary>The stored facts, read with plain ADO.NET straight from the database: the source of truth the board must agree with.</summary>
public static class RecountFacts
{
    /// <summary>Every stored dossier, or only the one with this key.</summary>
    public static async Task<List<RecountFact>> ReadAsync(StorageEngine engine, string connectionString, (string Province, string DossierId)? only = null)
    {
        var facts = new List<RecountFact>();
        await using System.Data.Common.DbConnection connection = engine == StorageEngine.Sqlite
            ? new SqliteConnection(connectionString)
            : new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT province, dossier_id, level, channel, procedure_code, received_at, due_at, resolved_at, status FROM dossiers";
        if (only is { } key)
        {
            command.CommandText += " WHERE province = @province AND dossier_id = @id";
            foreach (var (name, value) in new[] { ("province", key.Province), ("id", key.DossierId) })
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                parameter.Value = value;
                command.Parameters.Add(parameter);
            }
        }

        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            facts.Add(Read(reader));
        }

        return facts;
    }

    /// <summary>Per grain, the highest sequence in the delta log and the watermark of its stored snapshot (null without one).</summary>
    public static async Task<List<(string Grain, long LastLogged, long? SnapshotWatermark)>> ReadSnapshotsAsync(StorageEngine engine, string connectionString)
    {
        const string LogSql = "SELECT province, indicator, MAX(sequence) FROM delta_log GROUP BY province, indicator";
        const string StateSql = "SELECT grain_key, payload FROM grain_state";
        var logged = new Dictionary<string, long>();
        var snapshots = new Dictionary<string, long>();
        await using System.Data.Common.DbConnection connection = engine == StorageEngine.Sqlite
            ? new SqliteConnection(connectionString)
            : new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = LogSql;
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                logged[$"{reader.GetString(0)}/{reader.GetString(1)}"] = reader.GetInt64(2);
            }
        }

        await using (var command = connection.CreateCommand())
        {
            command.CommandText = StateSql;
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                using var payload = JsonDocument.Parse(reader.GetString(1));
                if (payload.RootElement.TryGetProperty("watermark", out var watermark))
                {
                    snapshots[reader.GetString(0)] = watermark.GetInt64();
                }
            }
        }

        return logged.Select(l => (l.Key, l.Value, snapshots.TryGetValue(l.Key, out var w) ? w : (long?)null)).ToList();
    }

    private static RecountFact Read(System.Data.Common.DbDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetString(2),
        reader.GetString(3),
        reader.IsDBNull(4) ? null : reader.GetString(4),
        reader.GetFieldValue<DateTimeOffset>(5),
        reader.GetFieldValue<DateTimeOffset>(6),
        reader.IsDBNull(7) ? null : reader.GetFieldValue<DateTimeOffset>(7),
        reader.GetString(8));
}

/// <summary>Dossier events as they go on the wire, instants spelled in the event's own format.</summary>
public static class RecountWire
{
    public static IEnumerable<DossierEvent> Events(IEnumerable<RecountEvent> events) => events.Select(e => Event(e.Fact, e.TimeFormat));

    public static IEnumerable<DossierEvent> Events(IEnumerable<RecountFact> facts) => facts.Select(f => Event(f));

    /// <summary>One version of a dossier as it goes on the wire, instants spelled with +07:00 unless <paramref name="format"/> says otherwise.</summary>
    public static DossierEvent Event(RecountFact fact, int format = 0)
    {
        var dueDay = RecountRules.VietnamDay(fact.DueAt);
        var dueAt = fact.DueAt == RecountRules.EndOfDay(dueDay)
            ? dueDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : Instant(fact.DueAt, format);
        return new DossierEvent(
            fact.Province,
            fact.DossierId,
            Instant(fact.ReceivedAt, format),
            dueAt,
            fact.ResolvedAt is { } resolved ? Instant(resolved, format) : null,
            fact.Status,
            fact.Channel,
            fact.Level,
            fact.ProcedureCode);
    }

    private static string Instant(DateTimeOffset instant, int format) => format switch
    {
        0 => instant.ToOffset(RecountRules.Vietnam).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
        1 => instant.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        // No offset: the API reads it as Vietnam time.
        _ => instant.ToOffset(RecountRules.Vietnam).ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
    };
}
