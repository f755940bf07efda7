using KpiActors.Actors;
using KpiActors.Api.Auth;
using KpiActors.Domain;
using KpiActors.Grains;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace KpiActors.Api.Live;

/// <summary>
/// /hubs/board. A board joins the national group or a province's group; joining answers with the
/// current live figures, so a board that reconnects starts from the present, not from what came after.
/// </summary>
[Authorize(KpiPolicies.Read)]
public sealed class BoardHub(IGrainFactory grains, TimeProvider clock) : Hub<IBoardClient>
{
    public const string National = "national";

    public static string ProvinceGroup(string code) => $"province:{code}";

    public async Task<IReadOnlyList<IndicatorReading>> WatchNational()
    {
        await Groups.AddToGroupAsync(Context.ConnectionId, National);
        return await LiveReadingsAsync(ProvinceCatalog.Vietnam.All);
    }

    public async Task<IReadOnlyList<IndicatorReading>> WatchProvince(string province)
    {
        if (!ProvinceCatalog.Vietnam.TryFind(province, out var found))
        {
            throw new HubException($"province: '{province}' is not a province");
        }

        await Groups.AddToGroupAsync(Context.ConnectionId, ProvinceGroup(found.Code));
        return await LiveReadingsAsync([found]);
    }

    private async Task<IReadOnlyList<IndicatorReading>> LiveReadingsAsync(IEnumerable<Province> provinces)
    {
        var month = ReportingPeriod.Containing(VietnamTime.DateOf(clock.GetUtcNow()), PeriodKind.Month);
        return await Task.WhenAll(provinces.SelectMany(p => Indicators.All.Select(i =>
            grains.GetGrain<IIndicatorGrain>(new IndicatorKey(p.Code, i.Id).ToString()).GetReadingAsync(month))));
    }
}
