using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace Volunteers.Core.CheckIn;

/// <summary>An activity's check-in code: 128 random bits as 32 lower-case hex digits, the form migration 0011 gave older activities.</summary>
public static partial class CheckinCodes
{
    public static string New() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    public static bool IsWellFormed(string? code) => code is not null && Shape().IsMatch(code);

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex Shape();
}
