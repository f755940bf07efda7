using System.Text.Json;
using KpiActors.Domain;

namespace KpiActors.Cluster.Tests;

/// <summary>
/// Compares what a node serves, as any client reads it over HTTP, with figures recounted in the test: the board of all
/// 34 provinces (untouched ones must read 0 of 0) for the on-time and online-dossier indicators, and the page of every
/// province the test touched. A node that does not answer, or answers an error, is a difference too, so that a
/// caller can poll until there are none.
/// </summary>
public static class BoardCheck
{
    public static IEnumerable<string> AllProvinces => ProvinceCatalog.Vietnam.All.Select(p => p.Code);

    public static async Task<List<string>> DifferencesAsync(HttpClient client, IReadOnlyDictionary<string, ProvinceCount> expected)
    {
        var differences = new List<string>();
        try
        {
            var onTime = await ReadAsync(client, $"/api/v1/board?indicator=ontime&period={Dossier.Month}");
            var online = await ReadAsync(client, $"/api/v1/board?indicator=online-dossier&period={Dossier.Month}");
            var boards = (onTime.GetProperty("provinces"), online.GetProperty("provinces"));
            foreach (var province in AllProvinces)
            {
                var count = expected.GetValueOrDefault(province) ?? new ProvinceCount(0, 0, 0, 0);
                Compare(differences, $"board {province}", Find(boards.Item1, province), Find(boards.Item2, province), count);
            }

            foreach (var (province, count) in expected)
            {
                var page = (await ReadAsync(client, $"/api/v1/provinces/{province}?period={Dossier.Month}")).GetProperty("indicators");
                Compare(differences, $"page {province}", Find(page, province, Indicators.OnTimeId), Find(page, province, Indicators.OnlineDossierId), count);
            }
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or UnexpectedAnswerException)
        {
            differences.Add($"{client.BaseAddress} did not answer: {e.Message}");
        }

        return differences;
    }

    private static void Compare(List<string> differences, string where, JsonElement onTime, JsonElement online, ProvinceCount expected)
    {
        Check(differences, $"{where} ontime numerator", expected.OnTime, onTime.GetProperty("numerator").GetInt64());
        Check(differences, $"{where} ontime denominator", expected.Resolved, onTime.GetProperty("denominator").GetInt64());
        Check(differences, $"{where} ontime received", expected.Received, onTime.GetProperty("counts").GetProperty("received").GetInt64());
        Check(differences, $"{where} online-dossier numerator", expected.Online, online.GetProperty("numerator").GetInt64());
        Check(differences, $"{where} online-dossier denominator", expected.Received, online.GetProperty("denominator").GetInt64());
    }

    private static void Check(List<string> differences, string what, long expected, long actual)
    {
        if (expected != actual)
        {
            differences.Add($"{what}: expected {expected}, served {actual}");
        }
    }

    private static JsonElement Find(JsonElement readings, string province, string? indicator = null) =>
        readings.EnumerateArray().Single(r => r.GetProperty("province").GetString() == province && (indicator is null || r.GetProperty("indicator").GetString() == indicator));

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
