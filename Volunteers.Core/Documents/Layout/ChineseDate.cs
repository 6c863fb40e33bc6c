namespace Volunteers.Core.Documents.Layout;

/// <summary>Dates as they are written on Chinese certificates: 二〇二四年十二月二十日.</summary>
public static class ChineseDate
{
    private const string Digits = "〇一二三四五六七八九";

    public static string YearMonth(DateOnly date) => Year(date.Year) + "年" + Number(date.Month) + "月";

    public static string Full(DateOnly date) => YearMonth(date) + Number(date.Day) + "日";

    /// <summary>A year is read digit by digit: 2024 is 二〇二四.</summary>
    public static string Year(int year) => string.Concat(year.ToString().Select(d => Digits[d - '0']));

    /// <summary>Months and days are read as numbers: 10 is 十, 12 is 十二, 20 is 二十, 31 is 三十一.</summary>
    public static string Number(int value) => value switch
    {
        < 1 or > 99 => throw new ArgumentOutOfRangeException(nameof(value)),
        < 10 => Digits[value].ToString(),
        10 => "十",
        < 20 => "十" + Digits[value % 10],
        _ => Digits[value / 10] + "十" + (value % 10 == 0 ? "" : Digits[value % 10].ToString()),
    };
}
