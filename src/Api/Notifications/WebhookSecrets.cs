using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace KpiActors.Api.Notifications;

/// <summary>
/// Webhook secrets at rest. A secret is read back to sign every delivery, so it cannot be hashed as API keys are: with
/// Notifications:SecretKey set it is stored sealed (AES-GCM, bound to its subscription's id), so that a copy of the
/// database alone does not let anyone sign as the servers do. Without the key it is stored as it is.
/// </summary>
public sealed class WebhookSecrets
{
    /// <summary>What Notifications:SecretKey must be, checked when the app starts.</summary>
    public const string KeyRequirement = "Notifications:SecretKey must be 32 bytes in base64, such as `openssl rand -base64 32` prints.";

    private const string SealedPrefix = "aes-gcm:";
    private const int NonceSize = 12;
    private const int TagSize = 16;

    private readonly byte[]? _key;

    public WebhookSecrets(IOptions<NotificationOptions> options)
    {
        if (!TryReadKey(options.Value.SecretKey, out _key))
        {
            throw new InvalidOperationException(KeyRequirement);
        }
    }

    /// <summary>The key <paramref name="text"/> gives, or null when it is unset; false when it is not 32 bytes in base64.</summary>
    public static bool TryReadKey(string? text, out byte[]? key)
    {
        key = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        var bytes = new byte[32];
        if (!Convert.TryFromBase64String(text, bytes, out var length) || length != bytes.Length)
        {
            return false;
        }

        key = bytes;
        return true;
    }

    /// <summary>Whether secrets are stored sealed.</summary>
    public bool Seals => _key is not null;

    public static bool IsSealed(string stored) => stored.StartsWith(SealedPrefix, StringComparison.Ordinal);

    /// <summary>The secret as it is to be stored for the subscription <paramref name="subscriptionId"/>.</summary>
    public string Seal(string subscriptionId, string secret)
    {
        if (_key is null)
        {
            return secret;
        }

        var plain = Encoding.UTF8.GetBytes(secret);
        var sealedBytes = new byte[NonceSize + plain.Length + TagSize];
        var nonce = sealedBytes.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_key, TagSize);
        aes.Encrypt(nonce, plain, sealedBytes.AsSpan(NonceSize, plain.Length), sealedBytes.AsSpan(NonceSize + plain.Length), Encoding.UTF8.GetBytes(subscriptionId));
        return SealedPrefix + Convert.ToBase64String(sealedBytes);
    }

    /// <summary>The secret that <paramref name="stored"/> holds for the subscription <paramref name="subscriptionId"/>.</summary>
    public string Open(string subscriptionId, string stored)
    {
        if (!IsSealed(stored))
        {
            return stored;
        }

        if (_key is null)
        {
            throw new InvalidOperationException("the webhook's secret is stored sealed and Notifications:SecretKey is not set");
        }

        var sealedBytes = Convert.FromBase64String(stored[SealedPrefix.Length..]);
        var plain = new byte[sealedBytes.Length - NonceSize - TagSize];
        try
        {
            using var aes = new AesGcm(_key, TagSize);
            aes.Decrypt(sealedBytes.AsSpan(0, NonceSize), sealedBytes.AsSpan(NonceSize, plain.Length), sealedBytes.AsSpan(NonceSize + plain.Length), plain,
                Encoding.UTF8.GetBytes(subscriptionId));
        }
        catch (AuthenticationTagMismatchException e)
        {
            throw new InvalidOperationException("the webhook's secret was sealed with another Notifications:SecretKey than this node's", e);
        }

        return Encoding.UTF8.GetString(plain);
    }
}
