using Volunteers.Core.Common;

namespace Volunteers.Core.Exports;

public sealed record ImportColumn(string Header, string Field, string Requirement, string Example);

/// <summary>The column layout of a volunteer import sheet: Chinese headers in the first row, one volunteer per row after it.</summary>
public static class ImportLayout
{
    public const int MaxRows = 5000;
    public const long MaxBytes = 5 * 1024 * 1024;

    public static readonly IReadOnlyList<ImportColumn> Columns =
    [
        new("姓名", "name", "必填；汉字、间隔号“·”、英文字母，最多 30 个字", "李秀英"),
        new("性别", "gender", "必填；男 或 女", "女"),
        new("手机号码", "mobile", "必填；11 位中国大陆手机号码", "13912345678"),
        new("身份证号码", "idNumber", "选填；18 位。请把此列设为“文本”格式，以免 Excel 把号码改成科学计数",
            // Masked like every other sheet the service hands out: a whole, valid-looking number could be someone's.
            "500110********0028（示例已遮掩，请填写完整的 18 位号码）"),
        new("出生日期", "birthDate", "无身份证号码时必填；如 1980-03-15", "1980-03-15"),
        new("类别", "category", "必填；在职教师、大学生、离退休干部、专家学者、专业技术人员、其他 之一", "在职教师"),
        new("工作单位或学校", "workplace", "选填；最多 60 个字", "扶欢镇中心小学"),
        new("特长", "skills", "选填；多项用顿号“、”或逗号分隔，最多 10 项", "书法、朗诵"),
        new("学习点", "learningPointId", "学习点编码或名称；学习点主任可留空，即本学习点", "XL"),
        new("监护人姓名", "guardianName", "未满 18 周岁必填", ""),
        new("监护人手机号码", "guardianMobile", "未满 18 周岁必填", ""),
    ];

    public static string HeaderOf(string field) => Columns.FirstOrDefault(c => c.Field == field)?.Header ?? field;

    /// <summary>
    /// An empty sheet to fill in, and for XLSX a second sheet that explains each column; 性别, 类别 and 学习点 (the points
    /// the caller may import into) are picked from drop-down lists.
    /// </summary>
    public static IReadOnlyList<Sheet> Template(IReadOnlyList<string> pointNames) =>
    [
        new Sheet("志愿者", Columns.Select(c => c.Header).ToList(), Array.Empty<object?[]>())
        {
            Choices = new Dictionary<string, IReadOnlyList<string>>
            {
                ["性别"] = Labels.Genders.Values.ToList(),
                ["类别"] = Labels.Categories.Values.ToList(),
                ["学习点"] = pointNames,
            },
        },
        new Sheet("填写说明", ["列名", "填写要求", "示例"], Columns.Select(c => new object?[] { c.Header, c.Requirement, c.Example }).ToList()),
    ];
}
