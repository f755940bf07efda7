using System.Net;
using System.Text;
using CsCheck;
using KpiActors.Domain.Wire;
using static KpiActors.Api.Tests.Ingest.HostileValues;

namespace KpiActors.Api.Tests.Ingest;

/// <summary>
/// A request with one hostile value in one field or parameter, every other part of it valid, and what the app must
/// answer: the status, and the row and field its problem names (null where the framework refuses the body or
/// parameter before the endpoint runs, naming it in the detail only).
/// </summary>
public sealed record HostileRequest(string Method, string Url, string? Body, string? MediaType, HttpStatusCode Status, FieldError? Names)
{
    public HttpRequestMessage ToMessage()
    {
        var message = new HttpRequestMessage(new HttpMethod(Method), Url);
        if (Body is not null)
        {
            message.Content = new StringContent(Body, Encoding.UTF8, MediaType!);
        }

        return message;
    }

    public override string ToString() => $"{Method} {Url} [{MediaType}] {Body} -> {(int)Status} {Names}";
}

/// <summary>Generators of <see cref="HostileRequest"/>, one for each endpoint that writes or reads.</summary>
public static class HostileRequests
{
    private const string Json = "application/json";
    private const string NdJson = "application/x-ndjson";
    private const string Csv = "text/csv";

    private static readonly Gen<string> Formats = Gen.OneOf(Json, NdJson, Csv);

    // Static fields initialize in the order they are written: these come before the generators that use them.

    /// <summary>A hostile route value or query parameter, percent-encoded.</summary>
    private static readonly Gen<string> Route = Choice.Where(v => v.FitsUrl).Select(v => Uri.EscapeDataString(v.Text!));

    private static readonly Gen<string> PeriodParameter = Period.Where(v => v.FitsUrl).Select(v => Uri.EscapeDataString(v.Text!));

    /// <summary>A field of a row: its name, the valid value every row has, and the values it must refuse.</summary>
    private sealed record RowField(string Name, Func<int, HostileValue> Valid, Gen<HostileValue> Hostile);

    private static RowField Field(string name, Func<int, string> valid, Gen<HostileValue> hostile) => new(name, i => HostileValue.Of(valid(i)), hostile);

    private static readonly RowField[] DossierFields =
    [
        Field(DossierEvent.Fields.Province, _ => "01", Choice),
        Field(DossierEvent.Fields.DossierId, i => $"HOSTILE-{i}", Text(100)),
        Field(DossierEvent.Fields.Level, _ => "commune", Choice),
        Field(DossierEvent.Fields.Channel, _ => "online", Choice),
        Field(DossierEvent.Fields.ProcedureCode, _ => "1.004227", Text(100)),
        Field(DossierEvent.Fields.ReceivedAt, _ => "2026-09-01T08:00:00+07:00", Instant),
        Field(DossierEvent.Fields.DueAt, _ => "2026-09-15", Instant),
        Field(DossierEvent.Fields.ResolvedAt, _ => "2026-09-10T10:00:00+07:00", Instant),
        Field(DossierEvent.Fields.Status, _ => "resolved", Choice),
    ];

    private static readonly RowField[] EDocCountFields =
    [
        Field(EDocCount.Fields.Province, _ => "01", Choice),
        Field(EDocCount.Fields.Agency, i => $"Sở {i}", Text(200)),
        Field(EDocCount.Fields.Level, _ => "province", Choice),
        Field(EDocCount.Fields.Direction, _ => "outgoing", Choice),
        Field(EDocCount.Fields.Period, _ => "2026-09", Month),
        new(EDocCount.Fields.Electronic, _ => HostileValue.Number("1"), Count),
        new(EDocCount.Fields.Total, _ => HostileValue.Number("2"), Count),
    ];

    private static readonly RowField[] ProcedureFields =
    [
        Field(ProcedureEntry.Fields.Code, i => $"P-{i}", Text(100)),
        Field(ProcedureEntry.Fields.Name, i => $"Thủ tục {i}", Text(1000)),
        new(ProcedureEntry.Fields.OnlineLevel, _ => HostileValue.Number("4"), Gen.OneOf(Count, Gen.OneOf("0", "1", "5").Select(HostileValue.Number))),
    ];

    public static readonly Gen<HostileRequest> Dossiers = Batch("POST", "/api/v1/dossiers", DossierFields);

    public static readonly Gen<HostileRequest> EDocCounts = Batch("POST", "/api/v1/edoc-counts", EDocCountFields);

    public static readonly Gen<HostileRequest> Procedures = Gen.OneOf(
        Gen.OneOf("PUT", "POST").SelectMany(method => Batch(method, "/api/v1/provinces/01/procedures", ProcedureFields)),
        Gen.Select(Gen.OneOf("PUT", "POST"), BadCharacter.Where(v => v.FitsUrl), (method, province) => new HostileRequest(
            method, $"/api/v1/provinces/{Uri.EscapeDataString(province.Text!)}/procedures", Body(Json, ProcedureFields, 1, -1, "", null),
            Json, HttpStatusCode.NotFound, new FieldError(null, "province"))));

    /// <summary>1 to 3 rows in one of the three formats; one field of one row is hostile.</summary>
    private static Gen<HostileRequest> Batch(string method, string url, RowField[] fields) =>
        Gen.Select(Formats, Gen.Int[0, fields.Length - 1], Gen.Int[1, 3]).SelectMany((format, field, rows) =>
            Gen.Select(
                fields[field].Hostile.Where(v => format != Csv || v.Text is not null && !v.HasSurrogate),
                Gen.Int[0, rows - 1],
                (value, row) => new HostileRequest(method, url, Body(format, fields, rows, row, fields[field].Name, value), format,
                    HttpStatusCode.BadRequest, new FieldError(row, fields[field].Name))));

    private static string Body(string format, RowField[] fields, int rows, int hostileRow, string hostileField, HostileValue? hostile)
    {
        var values = Enumerable.Range(0, rows)
            .Select(i => fields.Select(f => (f.Name, Value: i == hostileRow && f.Name == hostileField ? hostile! : f.Valid(i))).ToList())
            .ToList();
        if (format == Csv)
        {
            return Wire.CsvLine(fields.Select(f => f.Name)) + string.Concat(values.Select(row => Wire.CsvLine(row.Select(f => f.Value.Text))));
        }

        var objects = values.Select(row => HostileJson.Object(row.Select(f => (f.Name, f.Value.Json)))).ToList();
        return format == Json ? "[" + string.Join(",", objects) + "]" : string.Concat(objects.Select(o => o + "\n"));
    }

    /// <summary>Where the framework refuses a JSON body before the endpoint runs, its problem names no field.</summary>
    private static FieldError? NamedUnlessUnbound(HostileValue value, string field) =>
        value.Text is null || value.HasSurrogate ? null : new FieldError(null, field);

    public static readonly Gen<HostileRequest> Keys = Gen.OneOf(
        Text(200).Select(name => KeyRequest(name.Json, "\"viewer\"", "[]", NamedUnlessUnbound(name, "name"))),
        Choice.Select(role => KeyRequest("\"key\"", role.Json, "[\"01\"]", NamedUnlessUnbound(role, "role"))),
        BadCharacter.Select(province => KeyRequest("\"key\"", "\"office\"", $"[\"01\",{province.Json}]", NamedUnlessUnbound(province, "provinces"))));

    private static HostileRequest KeyRequest(string name, string role, string provinces, FieldError? names) =>
        new("POST", "/api/v1/admin/keys", $"{{\"name\":{name},\"role\":{role},\"provinces\":{provinces}}}", Json, HttpStatusCode.BadRequest, names);

    public static readonly Gen<HostileRequest> Targets = Gen.OneOf(
        ShareOutside.Select(value => TargetRequest("01", "ontime", value.Json, "null", "\"QĐ 01\"", new FieldError(null, "value"))),
        Date.Select(deadline => TargetRequest("01", "ontime", "0.9", deadline.Json, "\"QĐ 01\"", NamedUnlessUnbound(deadline, "deadline"))),
        Text(500).Select(source => TargetRequest("01", "ontime", "0.9", "null", source.Json, NamedUnlessUnbound(source, "source"))),
        Route.Select(province => TargetRequest(province, "ontime", "0.9", "null", "\"QĐ 01\"", new FieldError(null, "province"), HttpStatusCode.NotFound)),
        Route.Select(indicator => TargetRequest("01", indicator, "0.9", "null", "\"QĐ 01\"", new FieldError(null, "indicator"), HttpStatusCode.NotFound)));

    private static HostileRequest TargetRequest(
        string province, string indicator, string value, string deadline, string source, FieldError? names, HttpStatusCode status = HttpStatusCode.BadRequest) =>
        new("PUT", $"/api/v1/admin/targets/{province}/{indicator}", $"{{\"value\":{value},\"deadline\":{deadline},\"source\":{source}}}", Json, status, names);

    private static HostileRequest Get(string url, HttpStatusCode status, FieldError? names) => new("GET", url, null, null, status, names);

    public static readonly Gen<HostileRequest> Reads = Gen.OneOf(
        PeriodParameter.Select(p => Get($"/api/v1/board?period={p}", HttpStatusCode.BadRequest, new FieldError(null, "period"))),
        Route.Select(i => Get($"/api/v1/board?indicator={i}", HttpStatusCode.NotFound, new FieldError(null, "indicator"))),
        Route.Select(p => Get($"/api/v1/provinces/{p}", HttpStatusCode.NotFound, new FieldError(null, "province"))),
        PeriodParameter.Select(p => Get($"/api/v1/provinces/01?period={p}", HttpStatusCode.BadRequest, new FieldError(null, "period"))),
        Route.Select(p => Get($"/api/v1/provinces/{p}/indicators/ontime/history", HttpStatusCode.NotFound, new FieldError(null, "province"))),
        Route.Select(i => Get($"/api/v1/provinces/01/indicators/{i}/history", HttpStatusCode.NotFound, new FieldError(null, "indicator"))),
        Route.Select(k => Get($"/api/v1/provinces/01/indicators/ontime/history?kind={k}", HttpStatusCode.BadRequest, new FieldError(null, "kind"))),
        IntOutside(1, 120).Select(c => Get($"/api/v1/provinces/01/indicators/ontime/history?count={c.Text}", HttpStatusCode.BadRequest, new FieldError(null, "count"))),
        Route.Select(c => Get($"/api/v1/provinces/01/indicators/ontime/history?count={c}", HttpStatusCode.BadRequest, null)),
        PeriodParameter.Select(p => Get($"/api/v1/provinces/01/indicators/ontime/history?until={p}", HttpStatusCode.BadRequest, new FieldError(null, "until"))),
        IntOutside(1, 1000).Select(l => Get($"/api/v1/alerts?limit={l.Text}", HttpStatusCode.BadRequest, new FieldError(null, "limit"))),
        Route.Select(l => Get($"/api/v1/alerts?limit={l}", HttpStatusCode.BadRequest, null)),
        Route.Select(o => Get($"/api/v1/alerts?open={o}", HttpStatusCode.BadRequest, null)),
        Route.Select(id => new HostileRequest("POST", $"/api/v1/alerts/{id}/acknowledge", null, null, HttpStatusCode.NotFound, null)));
}
