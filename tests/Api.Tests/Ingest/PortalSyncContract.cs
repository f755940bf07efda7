using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using KpiActors.Api.Tests.Ingest.Golden;
using KpiActors.TestSupport;
using static KpiActors.Api.Tests.ApiKit;

namespace KpiActors.Api.Tests.Ingest;

/// <summary>
/// POST /api/v1/dvcqg/DongBoHoSoMC as a province's sync adapter sees it, on each storage engine: the golden sync of the
/// 37 September dossiers gives the figures of their JSON, answers in the portal's style, and is all or nothing.
/// </summary>
public abstract class PortalSyncContract(AppFixture fixture)
{
    private const string Sync = "/api/v1/dvcqg/DongBoHoSoMC";

    private KpiApp App => fixture.App;

    [Theory]
    [InlineData(GoldenFiles.PortalArray, "31", "37")]
    [InlineData(GoldenFiles.PortalEnvelope, "33", "42")]
    public async Task The_golden_sync_gives_the_figures_of_the_same_dossiers_sent_as_json(string file, string province, string nativeProvince)
    {
        using var office = App.Client(await App.CreateKeyAsync("office", province));

        var reply = await office.PostAsync(Sync, GoldenFiles.Body(file)).JsonAsync();

        Assert.Equal("0", reply.Text("error_code"));
        Assert.Equal("Đã nhận 37 hồ sơ: 37 hồ sơ mới hoặc thay đổi, 0 hồ sơ không đổi.", reply.Text("message"));
        using var admin = App.Client();
        Assert.Equal(new Receipt(37, 37, 0), await admin.PostAsync("/api/v1/dossiers", Wire.Json(Samples.SeptemberBatch(nativeProvince))).ReceiptAsync());
        foreach (var indicator in new[] { "ontime", "online-dossier" })
        {
            var native = await admin.ReadingAsync(nativeProvince, indicator, Samples.September);
            var synced = await admin.ReadingAsync(province, indicator, Samples.September);
            Assert.Equal(native.Counts(), synced.Counts());
        }

        (await admin.ReadingAsync(province, "ontime", Samples.September)).AssertRatio(30, 34);
        Assert.Equal(37, await App.CountAsync($"SELECT COUNT(*) FROM dossiers WHERE province = '{province}' AND level = 'commune'"));
    }

    [Fact]
    public async Task A_sync_resent_with_isUpdating_true_changes_only_the_dossiers_that_changed()
    {
        using var office = App.Client(await App.CreateKeyAsync("office", "38"));
        Assert.Equal("0", (await office.PostAsync(Sync, GoldenFiles.Body(GoldenFiles.PortalEnvelope)).JsonAsync()).Text("error_code"));

        var envelope = JsonNode.Parse(GoldenFiles.Text(GoldenFiles.PortalEnvelope))!;
        envelope["isUpdating"] = "True";
        var data = envelope["data"]!.AsArray();
        // S-P01 was đang xử lý and is now đã trả kết quả, on time; S-L01's late resolution is corrected to the 12th, early.
        var p01 = data.Single(d => (string?)d!["MaHoSo"] == "S-P01")!;
        p01["TrangThaiHoSo"] = "10";
        p01["NgayKetThucXuLy"] = "20260930100000";
        p01["NgayTra"] = "20260930110000";
        data.Single(d => (string?)d!["MaHoSo"] == "S-L01")!["NgayKetThucXuLy"] = "20260912090000";

        var reply = await office.PostAsync(Sync, new StringContent(envelope.ToJsonString(), Encoding.UTF8, "application/json")).JsonAsync();

        Assert.Equal("0", reply.Text("error_code"));
        Assert.Equal((37, 2, 35), (reply.GetProperty("rows").GetInt32(), reply.GetProperty("changed").GetInt32(), reply.GetProperty("unchanged").GetInt32()));
        var onTime = await office.ReadingAsync("38", "ontime", Samples.September);
        Assert.Equal(Expect(("received", 37), ("early", 22), ("onTime", 10), ("late", 3), ("returned", 1), ("cancelled", 0)), onTime.Counts());
        onTime.AssertRatio(32, 35);
    }

    [Fact]
    public async Task A_bad_dossier_is_refused_in_vietnamese_naming_its_MaHoSo_and_field_and_nothing_is_stored()
    {
        using var office = App.Client(await App.CreateKeyAsync("office", "40"));
        var data = JsonNode.Parse(GoldenFiles.Text(GoldenFiles.PortalArray))!.AsArray();
        data[2]!["NgayTiepNhan"] = "01/09/2026";
        data[5]!["TrangThaiHoSo"] = "11";
        var stored = await App.StoredRowsAsync();

        using var response = await office.PostAsync(Sync, new StringContent(data.ToJsonString(), Encoding.UTF8, "application/json"));
        var reply = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("1", reply.Text("error_code"));
        Assert.Equal(
            [("S-E03", "NgayTiepNhan"), ("S-E06", "TrangThaiHoSo")],
            reply.GetProperty("errors").EnumerateArray().Select(e => (e.Text("MaHoSo"), e.Text("field"))));
        var message = reply.Text("message");
        Assert.StartsWith("Không hồ sơ nào được lưu.", message);
        Assert.Contains("Hồ sơ S-E03 (vị trí 2), trường NgayTiepNhan: '01/09/2026' không phải ngày giờ đúng định dạng", message);
        Assert.Contains("Hồ sơ S-E06 (vị trí 5), trường TrangThaiHoSo: '11' không phải mã hợp lệ (từ 1 đến 10)", message);
        Assert.Equal(stored, await App.StoredRowsAsync());
    }

    [Theory]
    [InlineData("{\"service\":\"DongBoHoSoDD\",\"data\":[]}", "service: 'DongBoHoSoDD' không phải dịch vụ DongBoHoSoMC")]
    [InlineData("{\"madonvi\":\"000.00.00.H00\",\"service\":\"DongBoHoSoMC\"}", "data: phải là mảng JSON các hồ sơ")]
    [InlineData("[]", "data: không có hồ sơ nào")]
    [InlineData("[1]", "Hồ sơ (thiếu MaHoSo) (vị trí 0), trường data: phải là một đối tượng JSON (một hồ sơ).")]
    [InlineData("[{\"MaHoSo\": \"S-1\",", "body: không phải JSON hợp lệ (dòng 1, vị trí 18).")]
    public async Task A_body_that_is_no_batch_of_dossiers_is_refused_in_the_portals_style(string body, string said)
    {
        using var office = App.Client(await App.CreateKeyAsync("office", "44"));

        var reply = await office.PostAsync(Sync, new StringContent(body, Encoding.UTF8, "application/json")).JsonAsync(HttpStatusCode.BadRequest);

        Assert.Equal("1", reply.Text("error_code"));
        Assert.StartsWith($"Không hồ sơ nào được lưu. {said}", reply.Text("message"));
    }

    [Fact]
    public async Task An_admin_key_places_dossiers_by_the_agency_mapping_and_refuses_an_unmapped_agency_by_dossier()
    {
        using var admin = App.Client();
        var stored = await App.StoredRowsAsync();

        var refused = await admin.PostAsync(Sync, GoldenFiles.Body(GoldenFiles.PortalEnvelope)).JsonAsync(HttpStatusCode.BadRequest);

        Assert.Equal("1", refused.Text("error_code"));
        Assert.Equal(37, refused.GetProperty("errors").GetArrayLength());
        Assert.Contains("Hồ sơ S-E01 (vị trí 0), trường madonvi: không xác định được tỉnh, thành phố của hồ sơ S-E01", refused.Text("message"));
        Assert.Equal(stored, await App.StoredRowsAsync());

        var mapping = await admin.PutAsync("/api/v1/admin/province-mappings/agency/000.00.00.H00",
            new StringContent("{\"province\":\"15\"}", Encoding.UTF8, "application/json")).JsonAsync();
        Assert.Equal("agency", mapping.Text("kind"));

        Assert.Equal("0", (await admin.PostAsync(Sync, GoldenFiles.Body(GoldenFiles.PortalEnvelope)).JsonAsync()).Text("error_code"));
        Assert.Equal(37, await App.CountAsync("SELECT COUNT(*) FROM dossiers WHERE province = '15'"));
        (await admin.DeleteAsync("/api/v1/admin/province-mappings/agency/000.00.00.H00")).EnsureSuccessStatusCode();
    }
}

public sealed class PortalSyncOnSqlite(SqliteApp fixture) : PortalSyncContract(fixture), IClassFixture<SqliteApp>;

public sealed class PortalSyncOnPostgres(PostgresApp fixture) : PortalSyncContract(fixture), IClassFixture<PostgresApp>;
