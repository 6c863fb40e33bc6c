namespace Volunteers.Core.Exports;

/// <summary>How wide each column of a sheet prints, and which columns hold digits a spreadsheet must keep as text.</summary>
public static class SheetColumns
{
    // An ID number typed into a number cell becomes 5.0011E+17 and loses its last digits; a mobile or a number loses its meaning.
    private static readonly HashSet<string> TextHeaders = ["身份证号码", "手机号码", "监护人手机号码", "志愿者编号", "证书编号"];

    // The widest value a column holds, in half-width characters, where that is wider than its header.
    private static readonly Dictionary<string, int> ContentWidths = new()
    {
        ["身份证号码"] = 18, ["手机号码"] = 11, ["监护人手机号码"] = 11, ["志愿者编号"] = 11, ["证书编号"] = 23,
        ["姓名"] = 12, ["监护人姓名"] = 12, ["学习点"] = 14, ["工作单位或学校"] = 24, ["特长"] = 16, ["活动"] = 24, ["服务内容"] = 30,
        ["称号"] = 22, ["原因"] = 24, ["撤销原因"] = 24, ["登记时间"] = 19, ["录入时间"] = 19, ["审核时间"] = 19, ["撤销时间"] = 19,
        ["服务日期"] = 10, ["颁发日期"] = 10, ["出生日期"] = 10, ["列名"] = 14, ["填写要求"] = 60, ["示例"] = 40,
    };

    public static bool IsText(string header) => TextHeaders.Contains(header);

    /// <summary>In Excel's width unit (about one half-width character), with room for the cell's padding.</summary>
    public static double Width(string header) => Math.Max(DisplayWidth(header), ContentWidths.GetValueOrDefault(header)) + 2;

    /// <summary>Half-width characters count one, Chinese characters and full-width punctuation two.</summary>
    public static int DisplayWidth(string text)
    {
        var width = 0;
        foreach (var rune in text.EnumerateRunes()) width += rune.Value >= 0x2E80 && !(rune.Value is >= 0xFF61 and <= 0xFFDC) ? 2 : 1;
        return width;
    }
}
