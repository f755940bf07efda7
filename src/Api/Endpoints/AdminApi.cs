using System.Globalization;
using System.Security.Claims;
using KpiActors.Api.Auth;
using KpiActors.Api.Targets;
using KpiActors.Domain;
using KpiActors.Silo.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KpiActors.Api.Endpoints;

/// <summary>API keys and province targets: admin only.</summary>
public static class AdminApi
{
    public static IEndpointRouteBuilder MapAdminApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/admin").WithTags("Admin").RequireAuthorization(KpiPolicies.Admin).RequireRateLimiting(RateLimitPolicies.Write);
        api.MapGet("/keys", ListKeys).WithSummary("Every key with its role and provinces; never the key itself.");
        api.MapPost("/keys", CreateKey).WithSummary("Creates a key; the answer is the only time the key is shown.");
        api.MapDelete("/keys/{id}", RevokeKey).WithSummary("Revokes a key at once.");
        api.MapGet("/targets", ListTargets).WithSummary("Province targets that replace the legal defaults.");
        api.MapPut("/targets/{province}/{indicator}", SetTarget).WithSummary("Sets a province's own target for an indicator.");
        api.MapDelete("/targets/{province}/{indicator}", RemoveTarget).WithSummary("Returns a province to the legal default targets.");
        return app;
    }

    private static async Task<Ok<IReadOnlyList<StoredApiKey>>> ListKeys(SqlApiKeyStore keys, CancellationToken ct) =>
        TypedResults.Ok(await keys.ListAsync(ct));

    private static async Task<Results<Created<CreatedKey>, ProblemHttpResult>> CreateKey(NewKey request, SqlApiKeyStore keys, TimeProvider clock, CancellationToken ct)
    {
        var errors = new List<Ingest.RowError>();
        if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Length > 200)
        {
            errors.Add(new(null, "name", "is required, at most 200 characters"));
        }

        if (request.Role is null || !KpiRoles.All.Contains(request.Role))
        {
            errors.Add(new(null, "role", $"'{request.Role}' is not one of {string.Join(", ", KpiRoles.All)}"));
        }

        var provinces = new List<string>();
        foreach (var name in request.Provinces ?? [])
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
        var stored = new StoredApiKey(ApiKeys.NewId(), request.Name!.Trim(), request.Role!, provinces.Distinct().ToList(), clock.GetUtcNow(), null);
        await keys.AddAsync(stored, ApiKeys.Hash(key), ct);
        return TypedResults.Created($"/api/v1/admin/keys/{stored.Id}", new CreatedKey(stored.Id, key, stored.Name, stored.Role, stored.Provinces));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RevokeKey(string id, SqlApiKeyStore keys, ApiKeyCache cache, TimeProvider clock, CancellationToken ct)
    {
        if (!await keys.RevokeAsync(id, clock.GetUtcNow(), ct))
        {
            return Problems.NotFound("id", $"no active key has id '{id}'");
        }

        cache.Forget(id);
        return TypedResults.NoContent();
    }

    private static Ok<IReadOnlyList<ProvinceTarget>> ListTargets(TargetPlans targets) => TypedResults.Ok(targets.ProvinceTargets);

    private static async Task<Results<Ok<ProvinceTarget>, ProblemHttpResult>> SetTarget(
        string province, string indicator, NewTarget request, TargetPlans targets, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct)
    {
        if (!ProvinceCatalog.Vietnam.TryFind(province, out var foundProvince))
        {
            return Problems.NotFound("province", $"'{province}' is not a province");
        }

        if (!Indicators.TryFind(indicator, out var foundIndicator))
        {
            return Problems.NotFound("indicator", $"'{indicator}' is not an indicator");
        }

        var errors = new List<Ingest.RowError>();
        if (request.Value is not (>= 0 and <= 1))
        {
            errors.Add(new(null, "value", "is a share between 0 and 1, e.g. 0.95"));
        }

        DateOnly? deadline = null;
        if (request.Deadline is not null)
        {
            if (DateOnly.TryParseExact(request.Deadline, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                deadline = day;
            }
            else
            {
                errors.Add(new(null, "deadline", $"'{request.Deadline}' is not a date like 2027-06-30"));
            }
        }

        if (string.IsNullOrWhiteSpace(request.Source))
        {
            errors.Add(new(null, "source", "is required: the decision or plan that sets this target"));
        }

        if (errors.Count > 0)
        {
            return Problems.BadRows(errors);
        }

        var target = new ProvinceTarget(foundProvince.Code, foundIndicator.Id, new Target(request.Value!.Value, deadline, request.Source!.Trim()), user.Who(), clock.GetUtcNow());
        await targets.SetAsync(target, ct);
        return TypedResults.Ok(target);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RemoveTarget(string province, string indicator, TargetPlans targets, CancellationToken ct)
    {
        if (!ProvinceCatalog.Vietnam.TryFind(province, out var foundProvince) || !Indicators.TryFind(indicator, out var foundIndicator) ||
            !await targets.RemoveAsync(foundProvince.Code, foundIndicator.Id, ct))
        {
            return Problems.NotFound("target", $"{province} has no target of its own for '{indicator}'");
        }

        return TypedResults.NoContent();
    }
}

public sealed record NewKey(string? Name, string? Role, IReadOnlyList<string>? Provinces);

public sealed record CreatedKey(string Id, string Key, string Name, string Role, IReadOnlyList<string> Provinces);

public sealed record NewTarget(double? Value, string? Deadline, string? Source);
