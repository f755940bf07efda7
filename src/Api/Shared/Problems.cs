using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace KpiActors.Api.Shared;

/// <summary>The RFC 7807 answers the API gives, each naming what was wrong.</summary>
public static class Problems
{
    public static ProblemHttpResult BadRows(IReadOnlyList<RowError> errors) => Problem(
        StatusCodes.Status400BadRequest,
        "The batch was refused; nothing was stored",
        errors.Count == 1 && errors[0].Index is null
            ? $"{errors[0].Field}: {errors[0].Reason}"
            : $"{errors.Select(e => e.Index).Distinct().Count()} row(s) are invalid; fix them and send the whole batch again.",
        ("errors", errors));

    public static ProblemHttpResult BadField(string field, string reason) =>
        BadRows([new RowError(null, field, reason)]);

    public static ProblemHttpResult NotFound(string field, string reason) => Problem(
        StatusCodes.Status404NotFound, "Not found", $"{field}: {reason}", ("errors", new[] { new RowError(null, field, reason) }));

    public static ProblemHttpResult Forbidden(string field, string reason) => Problem(
        StatusCodes.Status403Forbidden, "This key may not do this; nothing was stored", $"{field}: {reason}", ("errors", new[] { new RowError(null, field, reason) }));

    public static ProblemHttpResult ForbiddenProvinces(IEnumerable<string> provinces) => Problem(
        StatusCodes.Status403Forbidden,
        "This key may not write for these provinces; nothing was stored",
        $"province: the key is not allowed to write for {string.Join(", ", provinces)}.",
        ("provinces", provinces.ToArray()));

    public static ProblemHttpResult TooLarge(string detail) =>
        Problem(StatusCodes.Status413PayloadTooLarge, "The request is too large; nothing was stored", detail);

    /// <summary>Figures the app has but cannot read right now; Retry-After says when asking again is worthwhile.</summary>
    public static ProblemHttpResult Unavailable(HttpResponse response, string detail)
    {
        response.Headers.RetryAfter = "5";
        return Problem(StatusCodes.Status503ServiceUnavailable, "These figures cannot be read right now; nothing else is affected", detail);
    }

    private static ProblemHttpResult Problem(int status, string title, string detail, params (string Key, object Value)[] extensions)
    {
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        foreach (var (key, value) in extensions)
        {
            problem.Extensions[key] = value;
        }

        return TypedResults.Problem(problem);
    }
}
