using System.Globalization;
using KpiActors.Api.Shared;
using KpiActors.Domain;

namespace KpiActors.Api.Ingest;

/// <summary>Reads typed fields out of one row, noting every field that is missing or malformed.</summary>
public sealed class RowReader(IngestRow row, List<RowRefusal> errors)
{
    private const string PortalInstant = "yyyyMMddHHmmss";

    private static readonly string[] DayFirstDates = ["d/M/yyyy", "d/M/yyyy H:mm", "d/M/yyyy H:mm:ss", "d-M-yyyy", "d-M-yyyy H:mm", "d-M-yyyy H:mm:ss"];

    private int _failures;

    public bool Failed => _failures > 0;

    public void Fail(string field, Refusal refusal)
    {
        errors.Add(new RowRefusal(row.Index, row.NameOf(field), refusal, row.SheetRow));
        _failures++;
    }

    public string? Text(string field, bool required, int maxLength = FreeText.TextLength)
    {
        var value = row[field];
        if (value is null)
        {
            if (required)
            {
                Fail(field, Refusal.Required());
            }

            return null;
        }

        var normalized = FreeText.Normalize(value, maxLength, out var fault);
        if (normalized is null)
        {
            Fail(field, Refusal.Text(fault!));
        }

        return normalized;
    }

    public Province? Province(string field)
    {
        var value = Text(field, required: true);
        if (value is null)
        {
            return null;
        }

        if (ProvinceCatalog.Vietnam.TryFind(value, out var province))
        {
            return province;
        }

        Fail(field, Refusal.NotAProvince(value));
        return null;
    }

    public TEnum? Choice<TEnum>(string field) where TEnum : struct, Enum
    {
        var value = Text(field, required: true);
        if (value is null)
        {
            return null;
        }

        if (EnumText<TEnum>.TryParse(value, out var parsed) || ChoiceWords.TryParse(row.Origin, value, out parsed))
        {
            return parsed;
        }

        Fail(field, ChoiceWords.NoneOf<TEnum>(row.Origin, value));
        return null;
    }

    /// <summary>
    /// An ISO 8601 instant; from a spreadsheet also day first (05/11/2026 09:30), from the portal yyyyMMddHHmmss. Without an offset it is Vietnam time; a bare date is the start of that day,
    /// or its end when <paramref name="dateMeansEndOfDay"/> (a due date gives the whole day). Its day in
    /// Vietnam lies in the <see cref="DateWindow"/>, checked before any arithmetic on it.
    /// </summary>
    public DateTimeOffset? Instant(string field, bool required, bool dateMeansEndOfDay = false)
    {
        var value = Text(field, required);
        if (value is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return Instant(field, day, value, dateMeansEndOfDay);
        }

        if (DateWindow.TryParseDateTime(value, out var instant))
        {
            return instant ?? OutsideWindow(field, value);
        }

        // As spreadsheets with Vietnamese settings write them (day first) and the national portal (yyyyMMddHHmmss), in Vietnam time.
        if (row.Origin == RowOrigin.Sheet && DateTime.TryParseExact(value, DayFirstDates, CultureInfo.InvariantCulture, DateTimeStyles.None, out var dayFirst))
        {
            return dayFirst.TimeOfDay == TimeSpan.Zero && !value.Contains(':')
                ? Instant(field, DateOnly.FromDateTime(dayFirst), value, dateMeansEndOfDay)
                : Instant(field, dayFirst, value);
        }

        if (row.Origin == RowOrigin.Portal && value.Length == 14 && DateTime.TryParseExact(value, PortalInstant, CultureInfo.InvariantCulture, DateTimeStyles.None, out var compact))
        {
            return Instant(field, compact, value);
        }

        Fail(field, row.Origin switch
        {
            RowOrigin.Sheet => Refusal.NotASheetDate(value),
            RowOrigin.Portal => Refusal.NotAPortalDate(value),
            _ => Refusal.NotAnIsoDate(value),
        });
        return null;
    }

    private DateTimeOffset? Instant(string field, DateOnly day, string value, bool dateMeansEndOfDay) =>
        !DateWindow.Contains(day) ? OutsideWindow(field, value)
        : dateMeansEndOfDay ? VietnamTime.StartOf(day.AddDays(1)).AddTicks(-1) : VietnamTime.StartOf(day);

    private DateTimeOffset? Instant(string field, DateTime local, string value) =>
        DateWindow.Contains(DateOnly.FromDateTime(local)) ? new DateTimeOffset(local, VietnamTime.Offset) : OutsideWindow(field, value);

    public long? Count(string field)
    {
        var value = Text(field, required: true);
        if (value is null)
        {
            return null;
        }

        if (long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count <= CountBounds.Max)
        {
            return count;
        }

        Fail(field, Refusal.NotACount(value));
        return null;
    }

    private DateTimeOffset? OutsideWindow(string field, string value)
    {
        Fail(field, Refusal.OutsideTheDatesKept(value));
        return null;
    }
}
