using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace KpiActors.Domain;

/// <summary>
/// The four built-in indicators with exactly the numerators and denominators of indicators.json, and
/// the counter slots each one keeps per bucket.
/// </summary>
public static class Indicators
{
    public const string EDocId = "edoc";
    public const string OnTimeId = "ontime";
    public const string OnlineL4Id = "online-l4";
    public const string OnlineDossierId = "online-dossier";

    /// <summary>Slots of the on-time indicator's month buckets; its due-date buckets hold open dossiers in slot 0.</summary>
    public static class OnTimeSlot
    {
        public const int Received = 0;
        public const int Early = 1;
        public const int OnTime = 2;
        public const int Late = 3;
        public const int Returned = 4;
        public const int Cancelled = 5;
        public const int Open = 0;
    }

    public static class OnlineDossierSlot
    {
        public const int Received = 0;
        public const int Online = 1;
        public const int InPerson = 2;
        public const int Postal = 3;
    }

    public static class EDocSlot
    {
        public const int Electronic = 0;
        public const int Total = 1;
    }

    public static class OnlineL4Slot
    {
        public const int Procedures = 0;
        public const int Level2 = 1;
        public const int Level3 = 2;
        public const int Level4 = 3;
    }

    static Indicators()
    {
        using var stream = typeof(Indicators).Assembly.GetManifestResourceStream("indicators.json")
                           ?? throw new InvalidDataException("indicators.json is not embedded.");
        using var document = JsonDocument.Parse(stream);
        var facts = document.RootElement.GetProperty("indicators").EnumerateArray().ToDictionary(i => i.GetProperty("id").GetString()!);

        Indicator Define(string id, IndicatorKind kind, string[] counters, Func<long[], Ratio> ratio)
        {
            var fact = facts[id];
            var targets = fact.GetProperty("targets").EnumerateArray().Select(t => new Target(
                t.GetProperty("value").GetDouble(),
                t.GetProperty("deadline").ValueKind == JsonValueKind.Null ? null : DateOnly.Parse(t.GetProperty("deadline").GetString()!),
                t.GetProperty("source").GetString()!)).ToList();
            return new Indicator(id, fact.GetProperty("name_vi").GetString()!, fact.GetProperty("name_en").GetString()!, kind, counters, ratio, targets);
        }

        EDoc = Define(EDocId, IndicatorKind.Flow, ["electronic", "total"],
            c => new Ratio(c[EDocSlot.Electronic], c[EDocSlot.Total]));
        OnTime = Define(OnTimeId, IndicatorKind.Flow, ["received", "early", "onTime", "late", "returned", "cancelled"],
            c => new Ratio(c[OnTimeSlot.Early] + c[OnTimeSlot.OnTime], c[OnTimeSlot.Early] + c[OnTimeSlot.OnTime] + c[OnTimeSlot.Late]));
        OnlineL4 = Define(OnlineL4Id, IndicatorKind.Stock, ["procedures", "level2", "level3", "level4"],
            c => new Ratio(c[OnlineL4Slot.Level4], c[OnlineL4Slot.Procedures]));
        OnlineDossier = Define(OnlineDossierId, IndicatorKind.Flow, ["received", "online", "inPerson", "postal"],
            c => new Ratio(c[OnlineDossierSlot.Online], c[OnlineDossierSlot.Received]));
        All = [EDoc, OnTime, OnlineL4, OnlineDossier];
    }

    public static Indicator EDoc { get; }

    public static Indicator OnTime { get; }

    public static Indicator OnlineL4 { get; }

    public static Indicator OnlineDossier { get; }

    public static IReadOnlyList<Indicator> All { get; }

    public static bool TryFind([NotNullWhen(true)] string? id, [NotNullWhen(true)] out Indicator? indicator)
    {
        indicator = All.FirstOrDefault(i => string.Equals(i.Id, id?.Trim(), StringComparison.OrdinalIgnoreCase));
        return indicator is not null;
    }

    public static Indicator Get(string id) =>
        TryFind(id, out var indicator) ? indicator : throw new KeyNotFoundException($"'{id}' is not an indicator.");
}
