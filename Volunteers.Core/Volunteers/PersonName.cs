using System.Text;

namespace Volunteers.Core.Volunteers;

/// <summary>Names as people in the town write them: Chinese (rare characters outside the BMP too), the middle dot of minority names, Latin letters, spaces.</summary>
public static class PersonName
{
    public const int MaxLength = 30;
    private const char MiddleDot = '·';

    /// <summary>Trims, and folds the look-alike dots people type (・ ‧ •) into the one middle dot.</summary>
    public static string Normalize(string value) =>
        value.Trim().Replace('・', MiddleDot).Replace('‧', MiddleDot).Replace('•', MiddleDot);

    /// <summary>The first character that may not stand in a name, or null when all may.</summary>
    public static string? FirstDisallowed(string normalized)
    {
        foreach (var rune in normalized.EnumerateRunes())
            if (!IsAllowed(rune)) return rune.ToString();
        return null;
    }

    public static bool IsHan(Rune rune) => rune.Value switch
    {
        0x3007 => true,                      // 〇
        >= 0x3400 and <= 0x4DBF => true,     // Extension A
        >= 0x4E00 and <= 0x9FFF => true,     // URO
        >= 0xF900 and <= 0xFAFF => true,     // compatibility ideographs
        >= 0x20000 and <= 0x323AF => true,   // Extensions B–H
        _ => false,
    };

    private static bool IsAllowed(Rune rune) =>
        IsHan(rune) || rune.Value == MiddleDot || rune.Value == ' ' || (rune.IsAscii && char.IsAsciiLetter((char)rune.Value));
}
