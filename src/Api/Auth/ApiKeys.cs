using System.Security.Cryptography;
using System.Text;

namespace KpiActors.Api.Auth;

/// <summary>
/// Keys are 32 random bytes, so a plain SHA-256 is enough to store them: there is nothing to guess
/// that a slow hash would protect.
/// </summary>
public static class ApiKeys
{
    public static string NewKey() => "kpi_" + Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string NewId() => Base64Url(RandomNumberGenerator.GetBytes(6));

    /// <summary>Whether a text could be an id <see cref="NewId"/> made: anything else names no key and never reaches the store.</summary>
    public static bool IsId(string text) => text.Length == 8 && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
