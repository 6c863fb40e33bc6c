using System.Globalization;
using System.Text.RegularExpressions;
using Volunteers.Core.Common;
using Volunteers.Core.Volunteers;

namespace Volunteers.Core.Exports;

/// <summary>Where each column of the layout stands in one sheet, and how its cells become a <see cref="VolunteerInput"/>.</summary>
public sealed partial class ImportColumns
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyyMMdd", "yyyy年M月d日"];
    private static readonly char[] SkillSeparators = ['、', ',', '，', ';', '；'];
    private readonly Dictionary<string, int> _index;

    private ImportColumns(Dictionary<string, int> index) => _index = index;

    /// <summary>Headers are matched by name, in any order; a trailing "*" or "（必填）" is allowed. Required ones must be there.</summary>
    public static ImportColumns Locate(SheetRow header)
    {
        var index = new Dictionary<string, int>();
        for (var i = 0; i < header.Cells.Length; i++)
        {
            var name = header.Cells[i].Replace("（必填）", "").Replace("(必填)", "").Trim().TrimEnd('*', '＊').Trim();
            if (ImportLayout.Columns.FirstOrDefault(c => c.Header == name) is { } column) index.TryAdd(column.Field, i);
        }
        var missing = ImportLayout.Columns.Where(c => c.Requirement.StartsWith("必填", StringComparison.Ordinal) && !index.ContainsKey(c.Field))
            .Select(c => c.Header).ToList();
        if (missing.Count > 0)
            throw DomainException.Invalid("file", Text.T($"第 1 行缺少列：{string.Join("、", missing)}（请使用导入模板）",
                $"Row 1 lacks the columns: {string.Join(", ", missing)} (use the import template)"));
        return new ImportColumns(index);
    }

    public VolunteerInput Input(SheetRow row, Caller caller, IReadOnlyList<(long Id, string Code, string Name)> points, List<ImportError> errors)
    {
        string Cell(string field) => _index.TryGetValue(field, out var i) && i < row.Cells.Length ? row.Cells[i].Trim() : "";
        void Fail(string field, string message) => errors.Add(new(row.Number, ImportLayout.HeaderOf(field), field, message));

        var gender = Cell("gender");
        var category = Cell("category");
        var input = new VolunteerInput
        {
            Name = Cell("name"),
            Gender = Labels.ValueOf(Labels.Genders, gender) ?? gender,
            Mobile = Cell("mobile"),
            IdNumber = Blank(Cell("idNumber")),
            Category = Labels.ValueOf(Labels.Categories, category) ?? category,
            Workplace = Blank(Cell("workplace")),
            Skills = Cell("skills").Split(SkillSeparators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList(),
            GuardianName = Blank(Cell("guardianName")),
            GuardianMobile = Blank(Cell("guardianMobile")),
        };
        if (input.IdNumber is { } id && TurnedIntoNumber().IsMatch(id))
            Fail("idNumber", Text.T("这一列被表格软件改成了数字（如 5.00110197806052E+17），号码的后几位已经丢失：请把身份证号码列设为“文本”格式，再重新输入完整的号码",
                "The spreadsheet turned this column into numbers (like 5.00110197806052E+17) and lost the last digits: format the ID number column as text and type the numbers again"));
        if (!Genders.All.Contains(input.Gender)) Fail("gender", Text.T("性别须填写“男”或“女”", "Gender is 男 or 女"));
        if (!Categories.All.Contains(input.Category))
            Fail("category", Text.T("类别须为：" + string.Join("、", Labels.Categories.Values), "Category is one of: " + string.Join(", ", Labels.Categories.Values)));

        var birth = Cell("birthDate");
        if (birth.Length > 0)
        {
            if (DateOnly.TryParseExact(birth, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) input.BirthDate = date;
            else Fail("birthDate", CalendarDates.NamesNoDay(birth) ? CalendarDates.NoSuchDay(birth) : Text.T("出生日期格式应为 1980-03-15", "Write the birth date as 1980-03-15"));
        }
        input.LearningPointId = PointOf(Cell("learningPointId"), caller, points, message => Fail("learningPointId", message));
        return input;
    }

    /// <summary>By code first, then by name; a coordinator's blank cell is their own point, and another point is "not found" to them.</summary>
    private static long PointOf(string cell, Caller caller, IReadOnlyList<(long Id, string Code, string Name)> points, Action<string> fail)
    {
        if (cell.Length == 0)
        {
            if (caller.LearningPointId is { } own && !caller.IsAdmin) return own;
            fail(Text.T("请填写学习点编码或名称", "Enter the learning point's code or name"));
            return 0;
        }
        var byCode = points.Where(p => string.Equals(p.Code, cell, StringComparison.OrdinalIgnoreCase)).ToList();
        var matches = byCode.Count > 0 ? byCode : points.Where(p => p.Name == cell).ToList();
        matches = matches.Where(p => caller.CanReach(p.Id)).ToList();
        if (matches.Count == 1) return matches[0].Id;
        fail(matches.Count == 0
            ? Text.T($"学习点“{cell}”不存在", $"There is no learning point \"{cell}\"")
            : Text.T($"有多个学习点叫“{cell}”，请填写学习点编码", $"Several learning points are called \"{cell}\"; use the code"));
        return 0;
    }

    private static string? Blank(string s) => s.Length == 0 ? null : s;

    // How a number cell (or a CSV saved from one) shows an 18-digit ID number: only the first 15 digits survive.
    [GeneratedRegex(@"^\d(\.\d+)?[Ee]\+?\d+$")]
    private static partial Regex TurnedIntoNumber();
}
