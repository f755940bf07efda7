using KpiActors.Api.Auth;
using KpiActors.Domain;
using KpiActors.Grains;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace KpiActors.Api.Live;

/// <summary>
/// /hubs/board. A board joins the national group, which is pushed figures of every province, and may watch
/// one province at a time, whose full readings it is then pushed too (a province page). Joining answers with
/// the current live readings, so a board that reconnects starts from the present, not from what came after.
/// </summary>
[Authorize(KpiPolicies.Read)]
public sealed class BoardHub(IGrainFactory grains, TimeProvider clock) : Hub<IBoardClient>
{
    public const string National = "national";

    private const string WatchedProvince = "watched-province";

    public static string ProvinceGroup(string code) => $"province:{code}";

    public async Task<IReadOnlyList<IndicatorReading>> WatchNational()
    {
        await Groups.AddToGroupAsync(Context.ConnectionId, National);
        return await LiveReadingsAsync(ProvinceCatalog.Vietnam.All);
    }

    /// <summary>Watches this province instead of the one watched before, if any.</summary>
    public async Task<IReadOnlyList<IndicatorReading>> WatchProvince(string province)
    {
        if (!ProvinceCatalog.Vietnam.TryFind(province, out var found))
        {
            throw new HubException($"province: '{province}' is not a province");
        }

        await StopWatchingProvince();
        await Groups.AddToGroupAsync(Context.ConnectionId, ProvinceGroup(found.Code));
        Context.Items[WatchedProvince] = found.Code;
        return await LiveReadingsAsync([found]);
    }

    public async Task StopWatchingProvince()
    {
        if (Context.Items.Remove(WatchedProvince, out var code))
        {
            await Groups.RemoveFromGroupAsync(Context.ConnectionId, ProvinceGroup((string)code!));
        }
    }

    private async Task<IReadOnlyList<IndicatorReading>> LiveReadingsAsync(IEnumerable<Province> provinces)
    {
        var month = ReportingPeriod.Containing(VietnamTime.DateOf(clock.GetUtcNow()), PeriodKind.Month);
        var readings = await grains.ReadingsAsync(IndicatorGrains.Keys(provinces, Indicators.All), month);
        return readings.OfType<IndicatorReading>().ToList();
    }
}
