using System.Globalization;
using KpiActors.Api.Shared;
using KpiActors.Domain;

namespace KpiActors.Api.Ingest;

/// <summary>Reads typed fields out of one row, noting every field that is missing or malformed.</summary>
public sealed class RowReader(IngestRow row, List<RowError> errors)
{
    private const string PortalInstant = "yyyyMMddHHmmss";

    private static readonly string[] DayFirstDates = ["d/M/yyyy", "d/M/yyyy H:mm", "d/M/yyyy H:mm:ss", "d-M-yyyy", "d-M-yyyy H:mm", "d-M-yyyy H:mm:ss"];

    private int _failures;

    public bool Failed => _failures > 0;

    public void Fail(string field, string reason)
    {
        errors.Add(new RowError(row.Index, row.NameOf(field), reason, row.SheetRow));
        _failures++;
    }

    public string? Text(string field, bool required, int maxLength = FreeText.TextLength)
    {
        var value = row[field];
        if (value is null)
        {
            if (required)
            {
                Fail(field, "is required");
            }

            return null;
        }

        var normalized = FreeText.Normalize(value, maxLength, out var reason);
        if (normalized is null)
        {
            Fail(field, reason!);
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

        Fail(field, $"'{value}' is not a province: use a current or legacy code, slug or name");
        return null;
    }

    public TEnum? Choice<TEnum>(string field) where TEnum : struct, Enum
    {
        var value = Text(field, required: true);
        if (value is null)
        {
            return null;
        }

        if (EnumText<TEnum>.TryParse(value, out var parsed) || (row.Origin == RowOrigin.Sheet && ChoiceWords.TryParse(value, out parsed)))
        {
            return parsed;
        }

        Fail(field, $"'{value}' is not one of {string.Join(", ", EnumText<TEnum>.All)}");
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
            RowOrigin.Sheet => $"'{value}' is not a date: day first (05/11/2026 or 05/11/2026 09:30) or ISO 8601 (2026-11-05T09:30:00+07:00)",
            RowOrigin.Portal => $"'{value}' is not a date: {PortalInstant} in Vietnam time (20261105093000)",
            _ => $"'{value}' is not an ISO 8601 date or date-time (e.g. 2026-11-05T09:30:00+07:00)",
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

        Fail(field, $"'{value}' is not a whole number from 0 to {CountBounds.Max}");
        return null;
    }

    private DateTimeOffset? OutsideWindow(string field, string value)
    {
        Fail(field, $"'{value}' is outside the dates this system keeps: {DateWindow.Describe} (Vietnam time)");
        return null;
    }
}
