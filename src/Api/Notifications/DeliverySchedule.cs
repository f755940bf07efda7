using KpiActors.Domain;

namespace KpiActors.Api.Notifications;

/// <summary>When a delivery is due: a digest at its hour of the Vietnamese day, a retry after a wait that doubles with each failure.</summary>
public static class DeliverySchedule
{
    /// <summary>The first instant after <paramref name="after"/> at which it is <paramref name="hour"/>:00 in Vietnam.</summary>
    public static DateTimeOffset NextDigest(DateTimeOffset after, int hour)
    {
        var slot = VietnamTime.StartOf(VietnamTime.DateOf(after)).AddHours(hour);
        return slot > after ? slot : slot.AddDays(1);
    }

    /// <summary>The wait after the <paramref name="failures"/>th failed attempt: the first wait, doubled each time, never longer than the longest.</summary>
    public static TimeSpan RetryAfter(int failures, NotificationOptions options)
    {
        var wait = options.FirstRetryAfter;
        for (var i = 1; i < failures && wait < options.LongestRetryInterval; i++)
        {
            wait *= 2;
        }

        return wait < options.LongestRetryInterval ? wait : options.LongestRetryInterval;
    }
}
