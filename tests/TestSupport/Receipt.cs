using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KpiActors.Domain.Wire;
using Xunit;

namespace KpiActors.TestSupport;

/// <summary>What POST /api/v1/dossiers (and the other ingest endpoints) answer on success.</summary>
public sealed record Receipt(int Rows, int Changed, int Unchanged)
{
    /// <summary>
    /// Reads the answer's receipt by its wire field names, so that a renamed field fails a test; any answer but 200 fails
    /// the test, naming the request and what it answered.
    /// </summary>
    public static async Task<Receipt> ReadAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK,
            $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}, not 200: {body}");
        var root = JsonDocument.Parse(body).RootElement;
        return new Receipt(root.GetProperty("rows").GetInt32(), root.GetProperty("changed").GetInt32(), root.GetProperty("unchanged").GetInt32());
    }
}

public static class Receipts
{
    /// <summary>The receipt of a request to an ingest endpoint; see <see cref="Receipt.ReadAsync"/>.</summary>
    public static async Task<Receipt> ReceiptAsync(this Task<HttpResponseMessage> sending)
    {
        using var response = await sending;
        return await Receipt.ReadAsync(response);
    }

    /// <summary>Posts dossier events as one JSON batch and returns its receipt; any answer but 200 fails the test.</summary>
    public static Task<Receipt> PostDossiersAsync(this HttpClient client, IEnumerable<DossierEvent> dossiers) =>
        client.PostAsJsonAsync("/api/v1/dossiers", dossiers.ToList()).ReceiptAsync();

    /// <summary>Posts dossier events to this app as one JSON batch, with the admin key, and returns its receipt; any answer but 200 fails the test.</summary>
    public static async Task<Receipt> PostDossiersAsync(this AppProcess app, IEnumerable<DossierEvent> dossiers)
    {
        using var client = app.Client();
        return await client.PostDossiersAsync(dossiers);
    }
}
