using KpiActors.Api.Auth;
using KpiActors.Api.Shared;
using KpiActors.Domain;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KpiActors.Api.Ingest;

/// <summary>Admin only: which province an agency code (the portal's madonvi) or a dossier id prefix belongs to.</summary>
public static class ProvinceMappingsApi
{
    public static IEndpointRouteBuilder MapProvinceMappingsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/admin/province-mappings").WithTags("Admin").RequireAuthorization(KpiPolicies.Admin)
            .RequireRateLimiting(RateLimitPolicies.Write).ProducesGuardProblems();
        api.MapGet("/", List).WithSummary("Agency codes and dossier id prefixes mapped to provinces, for dossiers whose sender does not name one.");
        api.MapPut("/{kind}/{code}", Set)
            .WithSummary("Maps an agency code (kind 'agency', the portal's madonvi) or a dossier id prefix (kind 'prefix') to a province; the next batch uses it.")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);
        api.MapDelete("/{kind}/{code}", Remove).WithSummary("Removes a mapping; dossiers it placed stay where they are.")
            .ProducesProblems(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Ok<IReadOnlyList<ProvinceMapping>>> List(SqlProvinceMappings mappings, CancellationToken ct) =>
        TypedResults.Ok(await mappings.ListAsync(ct));

    private static async Task<Results<Ok<ProvinceMapping>, ProblemHttpResult>> Set(
        string kind, string code, NewProvinceMapping request, SqlProvinceMappings mappings, CancellationToken ct)
    {
        if (!ProvinceMapping.Kinds.Contains(kind))
        {
            return Problems.NotFound("kind", $"'{kind}' is not one of {string.Join(", ", ProvinceMapping.Kinds)}");
        }

        var errors = new List<RowError>();
        var normalized = FreeText.Normalize(code.Trim(), FreeText.IdLength, out var fault);
        if (normalized is null || normalized.Length == 0)
        {
            errors.Add(new RowError(null, "code", fault is null ? Refusal.Required() : Refusal.Text(fault)));
        }

        if (!ProvinceCatalog.Vietnam.TryFind(request.Province, out var province))
        {
            errors.Add(new RowError(null, "province", Refusal.NotAProvince(request.Province ?? "")));
        }

        if (errors.Count > 0)
        {
            return Problems.BadRows(errors);
        }

        var mapping = new ProvinceMapping(kind, normalized!, province!.Code);
        await mappings.SetAsync(mapping, ct);
        return TypedResults.Ok(mapping);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Remove(string kind, string code, SqlProvinceMappings mappings, CancellationToken ct) =>
        await mappings.RemoveAsync(kind, code.Trim(), ct)
            ? TypedResults.NoContent()
            : Problems.NotFound("code", $"no {kind} mapping '{code}'");
}

public sealed record NewProvinceMapping(string? Province);
