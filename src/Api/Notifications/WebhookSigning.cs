using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace KpiActors.Api.Notifications;

/// <summary>
/// How a webhook is signed: HMAC-SHA256, keyed with the subscription's secret, over the timestamp (Unix seconds), a dot
/// and the body, so that a receiver that checks the timestamp's age refuses a replayed request.
/// </summary>
public static class WebhookSigning
{
    public const string IdempotencyHeader = "Idempotency-Key";
    public const string TimestampHeader = "X-Kpi-Timestamp";
    public const string SignatureHeader = "X-Kpi-Signature";

    /// <summary>A new secret: 32 random bytes, as receivers store it.</summary>
    public static string NewSecret() => "whsec_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    /// <summary>The signature header's value: "sha256=" and the lower-case hex of the HMAC.</summary>
    public static string Sign(string secret, long timestamp, byte[] body)
    {
        var signed = Encoding.UTF8.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + ".").Concat(body).ToArray();
        return "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed));
    }
}
