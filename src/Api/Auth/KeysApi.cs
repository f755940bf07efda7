using KpiActors.Api.Shared;
using KpiActors.Domain;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KpiActors.Api.Auth;

/// <summary>API keys: admin only.</summary>
public static class KeysApi
{
    /// <summary>Enough for every province under each of its names; a longer list is a mistake or an attack, not a key.</summary>
    private const int MaxProvinces = 200;

    public static IEndpointRouteBuilder MapKeysApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/admin/keys").WithTags("Admin").RequireAuthorization(KpiPolicies.Admin).RequireRateLimiting(RateLimitPolicies.Write)
            .ProducesGuardProblems();
        api.MapGet("/", ListKeys).WithSummary("Every key with its role and provinces; never the key itself.");
        api.MapPost("/", CreateKey).WithSummary("Creates a key; the answer is the only time the key is shown.")
            .ProducesProblems(StatusCodes.Status400BadRequest);
        api.MapDelete("/{id}", RevokeKey).WithSummary("Revokes a key at once on this node, within seconds on every other.")
            .ProducesProblems(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Ok<IReadOnlyList<StoredApiKey>>> ListKeys(SqlApiKeyStore keys, CancellationToken ct) =>
        TypedResults.Ok(await keys.ListAsync(ct));

    private static async Task<Results<Created<CreatedKey>, ProblemHttpResult>> CreateKey(NewKey request, SqlApiKeyStore keys, TimeProvider clock, CancellationToken ct)
    {
        var errors = new List<RowError>();
        string? keyName = null;
        if (string.IsNullOrWhiteSpace(request.Name))
        {
            errors.Add(new(null, "name", "is required, at most 200 characters"));
        }
        else if ((keyName = FreeText.Normalize(request.Name.Trim(), 200, out var reason)) is null)
        {
            errors.Add(new(null, "name", reason!));
        }

        if (request.Role is null || !KpiRoles.All.Contains(request.Role))
        {
            errors.Add(new(null, "role", $"'{request.Role}' is not one of {string.Join(", ", KpiRoles.All)}"));
        }

        var provinces = new List<string>();
        var listed = request.Provinces ?? [];
        if (listed.Count > MaxProvinces)
        {
            errors.Add(new(null, "provinces", $"lists {listed.Count} provinces; at most {MaxProvinces} (every current and legacy one fits)"));
            listed = [];
        }

        foreach (var name in listed)
        {
            if (ProvinceCatalog.Vietnam.TryFind(name, out var province))
            {
                provinces.Add(province.Code);
            }
            else
            {
                errors.Add(new(null, "provinces", $"'{name}' is not a province"));
            }
        }

        if (request.Role == KpiRoles.Office && provinces.Count == 0 && errors.Count == 0)
        {
            errors.Add(new(null, "provinces", "an office key needs the provinces it may write for"));
        }

        if (errors.Count > 0)
        {
            return Problems.BadRows(errors);
        }

        var key = ApiKeys.NewKey();
        var stored = new StoredApiKey(ApiKeys.NewId(), keyName!, request.Role!, provinces.Distinct().ToList(), clock.GetUtcNow(), null);
        await keys.AddAsync(stored, ApiKeys.Hash(key), ct);
        return TypedResults.Created($"/api/v1/admin/keys/{stored.Id}", new CreatedKey(stored.Id, key, stored.Name, stored.Role, stored.Provinces));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RevokeKey(string id, SqlApiKeyStore keys, ApiKeyCache cache, TimeProvider clock, CancellationToken ct)
    {
        if (!ApiKeys.IsId(id) || !await keys.RevokeAsync(id, clock.GetUtcNow(), ct))
        {
            return Problems.NotFound("id", $"no active key has id '{id}'");
        }

        cache.Forget(id);
        return TypedResults.NoContent();
    }
}

public sealed record NewKey(string? Name, string? Role, IReadOnlyList<string>? Provinces);

public sealed record CreatedKey(string Id, string Key, string Name, string Role, IReadOnlyList<string> Provinces);
