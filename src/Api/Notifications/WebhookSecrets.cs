using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace KpiActors.Api.Notifications;

/// <summary>
/// Webhook secrets at rest. A secret is read back to sign every delivery, so it cannot be hashed as API keys are: with
/// Notifications:SecretKey set it is stored sealed (AES-GCM, bound to its subscription's id), so that a copy of the
/// database alone does not let anyone sign as the servers do. Without the key it is stored as it is. Keys are rotated
/// by naming the old ones in Notifications:PreviousSecretKeys: what they sealed is still opened, and resealed with the
/// current key when a node starts.
/// </summary>
public sealed class WebhookSecrets
{
    /// <summary>What Notifications:SecretKey must be, checked when the app starts.</summary>
    public const string KeyRequirement = "Notifications:SecretKey must be 32 bytes in base64, such as `openssl rand -base64 32` prints.";

    /// <summary>What Notifications:PreviousSecretKeys must be, checked when the app starts.</summary>
    public const string PreviousKeysRequirement =
        "Notifications:PreviousSecretKeys must each be 32 bytes in base64, and need a Notifications:SecretKey to reseal with.";

    private const string SealedPrefix = "aes-gcm:";
    private const int NonceSize = 12;
    private const int TagSize = 16;

    private readonly byte[]? _key;
    private readonly IReadOnlyList<byte[]> _previousKeys;

    public WebhookSecrets(IOptions<NotificationOptions> options)
    {
        if (!TryReadKey(options.Value.SecretKey, out _key))
        {
            throw new InvalidOperationException(KeyRequirement);
        }

        if (!TryReadPreviousKeys(options.Value, out _previousKeys))
        {
            throw new InvalidOperationException(PreviousKeysRequirement);
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

    /// <summary>The keys secrets may still be sealed with; false when one is not a key or there is no current key to reseal with.</summary>
    public static bool TryReadPreviousKeys(NotificationOptions options, out IReadOnlyList<byte[]> keys)
    {
        var read = new List<byte[]>();
        keys = read;
        foreach (var text in options.PreviousSecretKeys)
        {
            if (!TryReadKey(text, out var key) || key is null)
            {
                return false;
            }

            read.Add(key);
        }

        return read.Count == 0 || !string.IsNullOrEmpty(options.SecretKey);
    }

    /// <summary>Whether secrets are stored sealed.</summary>
    public bool Seals => _key is not null;

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

        return TryOpenSealed(subscriptionId, stored, out var secret, out _)
            ? secret
            : throw new InvalidOperationException(
                "the webhook's secret was sealed with another Notifications:SecretKey than this node's, and none of its Notifications:PreviousSecretKeys");
    }

    /// <summary>
    /// What to store instead of <paramref name="stored"/> so that it is sealed with the current key: null when it already
    /// is, or when secrets are not sealed. False when no key of this node opens it.
    /// </summary>
    public bool TryReseal(string subscriptionId, string stored, out string? resealed)
    {
        resealed = null;
        if (_key is null)
        {
            return true;
        }

        if (!IsSealed(stored))
        {
            resealed = Seal(subscriptionId, stored);
            return true;
        }

        if (!TryOpenSealed(subscriptionId, stored, out var secret, out var withCurrentKey))
        {
            return false;
        }

        if (!withCurrentKey)
        {
            resealed = Seal(subscriptionId, secret);
        }

        return true;
    }

    private static bool IsSealed(string stored) => stored.StartsWith(SealedPrefix, StringComparison.Ordinal);

    /// <summary>Opens a sealed secret with the current key, else with the first previous key whose tag matches.</summary>
    private bool TryOpenSealed(string subscriptionId, string stored, out string secret, out bool withCurrentKey)
    {
        var sealedBytes = Convert.FromBase64String(stored[SealedPrefix.Length..]);
        var plain = new byte[sealedBytes.Length - NonceSize - TagSize];
        var associated = Encoding.UTF8.GetBytes(subscriptionId);
        foreach (var key in _previousKeys.Prepend(_key!))
        {
            try
            {
                using var aes = new AesGcm(key, TagSize);
                aes.Decrypt(sealedBytes.AsSpan(0, NonceSize), sealedBytes.AsSpan(NonceSize, plain.Length), sealedBytes.AsSpan(NonceSize + plain.Length), plain, associated);
                secret = Encoding.UTF8.GetString(plain);
                withCurrentKey = key == _key;
                return true;
            }
            catch (AuthenticationTagMismatchException)
            {
                // Not this key's: the next may be.
            }
        }

        secret = "";
        withCurrentKey = false;
        return false;
    }
}
