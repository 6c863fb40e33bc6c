using System.Security.Cryptography;
using System.Text;

namespace Volunteers.Core.Accounts;

/// <summary>Opaque bearer tokens: 256 random bits, stored only as a SHA-256 hash (enough for a secret of that entropy).</summary>
public static class Tokens
{
    public const string Prefix = "vol_";

    public static string New() => Prefix + Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
