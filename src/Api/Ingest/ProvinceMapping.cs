namespace KpiActors.Api.Ingest;

/// <summary>An admin's word on where dossiers belong: those of an agency code (kind "agency") or whose id starts with a prefix (kind "prefix").</summary>
public sealed record ProvinceMapping(string Kind, string Code, string Province)
{
    public const string Agency = "agency";
    public const string Prefix = "prefix";

    public static readonly IReadOnlyList<string> Kinds = [Agency, Prefix];
}
