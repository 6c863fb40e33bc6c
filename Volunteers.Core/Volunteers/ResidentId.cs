using System.Globalization;

namespace Volunteers.Core.Volunteers;

/// <summary>The 18-character resident identity number of GB 11643-1999.</summary>
public static class ResidentId
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    public static string Normalize(string value) => value.Trim().ToUpperInvariant();

    public static bool HasValidShape(string normalized) =>
        normalized.Length == 18 && normalized[..17].All(char.IsAsciiDigit) && (char.IsAsciiDigit(normalized[17]) || normalized[17] == 'X');

    /// <summary>MOD 11-2 check character.</summary>
    public static char CheckCharacter(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++) sum += (first17[i] - '0') * Weights[i];
        return CheckCharacters[sum % 11];
    }

    public static bool HasValidCheck(string normalized) => CheckCharacter(normalized.AsSpan(0, 17)) == normalized[17];

    public static DateOnly? BirthDate(string normalized) =>
        DateOnly.TryParseExact(normalized.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    /// <summary>The 17th digit is odd for men and even for women.</summary>
    public static string Gender(string normalized) => (normalized[16] - '0') % 2 == 1 ? "male" : "female";

    public static string Mask(string normalized) => normalized[..6] + new string('*', 8) + normalized[14..];
}
