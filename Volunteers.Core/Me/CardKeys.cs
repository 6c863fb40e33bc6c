using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Volunteers.Core.Me;

/// <summary>
/// Personal card keys (志愿者证): 144 random bits, stored only as a SHA-256 hash like the staff tokens. The prefix tells a
/// card from a staff token at a glance, and the length is kept short so the card's QR code stays coarse enough for an old phone.
/// </summary>
public static partial class CardKeys
{
    public const string Prefix = "card_";

    public static string New() => Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)).Replace('+', '-').Replace('/', '_');

    public static bool IsWellFormed(string? key) => key is not null && Shape().IsMatch(key);

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    [GeneratedRegex("^card_[A-Za-z0-9_-]{24}$")]
    private static partial Regex Shape();
}
