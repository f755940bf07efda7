using System.Net;
using System.Text.Json;
using KpiActors.Silo.Storage;
using KpiActors.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace KpiActors.Api.Tests;

/// <summary>One entry of a problem's "errors": the row (null for the body or a parameter) and the field it names.</summary>
public sealed record FieldError(int? Index, string Field);

public sealed record Problem(int Status, string Type, string Title, string Detail, IReadOnlyList<FieldError> Errors, JsonElement Body);

/// <summary>Rows of the tables a write can touch; equal before and after means nothing was stored.</summary>
public sealed record StoredRows(long Dossiers, long EDocCounts, long Procedures, long Deltas);

/// <summary>Reads the API's answers by their wire field names, so that a renamed field fails a test.</summary>
public static class ApiKit
{
    public static async Task<Problem> ProblemAsync(this Task<HttpResponseMessage> sending, HttpStatusCode status)
    {
        using var response = await sending;
        return await response.ProblemAsync(status);
    }

    /// <summary>Checks that the answer is an RFC 7807 problem with this status and reads it.</summary>
    public static async Task<Problem> ProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"Expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var root = JsonDocument.Parse(body).RootElement.Clone();
        Assert.Equal((int)status, root.GetProperty("status").GetInt32());
        var type = root.GetProperty("type").GetString();
        var title = root.GetProperty("title").GetString();
        var detail = root.TryGetProperty("detail", out var d) ? d.GetString() : null;
        Assert.False(string.IsNullOrWhiteSpace(type), body);
        Assert.False(string.IsNullOrWhiteSpace(title), body);
        Assert.False(string.IsNullOrWhiteSpace(detail), body);

        var errors = new List<FieldError>();
        if (root.TryGetProperty("errors", out var list))
        {
            foreach (var error in list.EnumerateArray())
            {
                var index = error.GetProperty("index");
                errors.Add(new FieldError(index.ValueKind == JsonValueKind.Null ? null : index.GetInt32(), error.GetProperty("field").GetString()!));

                // Every error says why, not only where.
                Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("reason").GetString()), body);
            }
        }

        return new Problem((int)status, type!, title!, detail!, errors, root);
    }

    public static async Task<JsonElement> JsonAsync(this Task<HttpResponseMessage> sending, HttpStatusCode status = HttpStatusCode.OK)
    {
        using var response = await sending;
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"Expected {(int)status}, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static Task<JsonElement> BoardAsync(this HttpClient client, string indicator, string period) =>
        client.GetAsync($"/api/v1/board?indicator={indicator}&period={period}").JsonAsync();

    /// <summary>One province's entry on the board.</summary>
    public static async Task<JsonElement> ReadingAsync(this HttpClient client, string province, string indicator, string period)
    {
        var board = await client.BoardAsync(indicator, period);
        return board.GetProperty("provinces").EnumerateArray().Single(p => p.GetProperty("province").GetString() == province);
    }

    /// <summary>The whole board as text: equal before and after a request means no figure (and no sequence) moved.</summary>
    public static async Task<string> BoardTextAsync(this HttpClient client, string indicator, string period)
    {
        using var response = await client.GetAsync($"/api/v1/board?indicator={indicator}&period={period}");
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }

    public static IReadOnlyDictionary<string, long> Counts(this JsonElement reading) =>
        new SortedDictionary<string, long>(reading.GetProperty("counts").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt64()), StringComparer.Ordinal);

    public static SortedDictionary<string, long> Expect(params (string Name, long Value)[] counts) =>
        new(counts.ToDictionary(c => c.Name, c => c.Value), StringComparer.Ordinal);

    /// <summary>Numerator, denominator and the value they make (null with no denominator).</summary>
    public static void AssertRatio(this JsonElement reading, long numerator, long denominator)
    {
        Assert.Equal(numerator, reading.GetProperty("numerator").GetInt64());
        Assert.Equal(denominator, reading.GetProperty("denominator").GetInt64());
        var value = reading.GetProperty("value");
        if (denominator == 0)
        {
            Assert.Equal(JsonValueKind.Null, value.ValueKind);
        }
        else
        {
            Assert.Equal((double)numerator / denominator, value.GetDouble());
        }
    }

    public static string Text(this JsonElement element, string property) => element.GetProperty(property).GetString()!;

    public static async Task<StoredRows> StoredRowsAsync(this KpiApp app) => new(
        await app.CountAsync("SELECT COUNT(*) FROM dossiers"),
        await app.CountAsync("SELECT COUNT(*) FROM edoc_counts"),
        await app.CountAsync("SELECT COUNT(*) FROM procedures"),
        await app.CountAsync("SELECT COUNT(*) FROM delta_log"));

    /// <summary>Asks the app's own database directly, past the API.</summary>
    public static async Task<long> CountAsync(this KpiApp app, string sql) => Convert.ToInt64(await app.ScalarAsync(sql));

    /// <summary>Asks the app's own database directly, past the API: the first column of the first row, as it is stored.</summary>
    public static async Task<object?> ScalarAsync(this KpiApp app, string sql)
    {
        await using var connection = await app.Services.GetRequiredService<Database>().OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
