using System.Text.Json;
using System.Text.Json.Serialization;

namespace KpiActors.Domain;

/// <summary>A period as its text ("2026-11", "2026-Q4"), the one form it has everywhere else too.</summary>
public sealed class ReportingPeriodJsonConverter : JsonConverter<ReportingPeriod>
{
    public override ReportingPeriod Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ReportingPeriod.TryParse(reader.GetString(), out var period) ? period : throw new JsonException("Not a reporting period.");

    public override void Write(Utf8JsonWriter writer, ReportingPeriod value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
}
