using System.Text;
using MiniExcelLibs;
using Volunteers.Core.Exports;
using Volunteers.Tests.Support;

namespace Volunteers.Tests.Exports;

/// <summary>The template a clerk fills in without fixing it first, and the message when a spreadsheet has turned ID numbers into numbers.</summary>
public sealed class ImportTemplateTests : TwoPointFixture
{
    private static async Task<XlsxParts> Template(ApiClient api) => new((await api.Download("/api/imports/volunteers/template.xlsx")).Bytes);

    /// <summary>The values a drop-down's formula (e.g. '可选值'!$A$2:$A$3) points at, read from that sheet.</summary>
    private static List<string> ListOf(XlsxParts parts, string formula)
    {
        var (sheet, range) = (formula[..formula.IndexOf('!')].Trim('\''), formula[(formula.IndexOf('!') + 1)..].Replace("$", ""));
        var (from, to) = (range.Split(':')[0], range.Split(':')[1]);
        var column = from[0] - 'A';
        var (first, last) = (int.Parse(from[1..]), int.Parse(to[1..]));
        return parts.Rows(sheet).Skip(first - 1).Take(last - first + 1).Select(r => r[column]).ToList();
    }

    [Test]
    public async Task The_template_has_text_ID_and_mobile_columns_drop_down_lists_and_its_explanation_sheet()
    {
        var parts = await Template(Admin);
        Assert.That(parts.Worksheets.Select(w => w.Name), Does.Contain("填写说明"));
        Assert.That(parts.Rows("填写说明").Skip(1).Select(r => r[0]), Is.EqualTo(ImportLayout.Columns.Select(c => c.Header)));
        var headers = parts.Rows("志愿者")[0];
        foreach (var text in new[] { "身份证号码", "手机号码", "监护人手机号码" })
            Assert.That(parts.ColumnFormat("志愿者", Array.IndexOf(headers, text)), Is.EqualTo(49u), $"{text} is formatted as text");
        var lists = parts.All("志愿者", "dataValidation").ToDictionary(
            v => headers[((string)v.Attribute("sqref")!)[0] - 'A'], v => ((string)v.Attribute("type")!, ListOf(parts, v.Elements().Single().Value)));
        Assert.That(lists["性别"], Is.EqualTo(("list", new List<string> { "男", "女" })));
        Assert.That(lists["类别"].Item2, Is.EqualTo(new[] { "在职教师", "大学生", "离退休干部", "专家学者", "专业技术人员", "其他" }));
        Assert.That(lists["学习点"].Item2, Is.SupersetOf(new[] { "甲村", "乙村" }));
        Assert.That(lists.Keys, Is.EquivalentTo(new[] { "性别", "类别", "学习点" }));
    }

    [Test]
    public async Task A_coordinators_template_offers_only_their_own_point()
    {
        var parts = await Template(A);
        var headers = parts.Rows("志愿者")[0];
        var point = parts.All("志愿者", "dataValidation").Single(v => headers[((string)v.Attribute("sqref")!)[0] - 'A'] == "学习点");
        Assert.That(ListOf(parts, point.Elements().Single().Value), Is.EqualTo(new[] { "甲村" }));
    }

    [Test]
    public async Task An_ID_number_a_spreadsheet_turned_into_a_number_is_told_to_be_retyped_as_text()
    {
        var id = People.IdNumber(People.BornYearsAgo(40), "female");
        var row = new Dictionary<string, object?>
        {
            ["姓名"] = "数字格", ["性别"] = "女", ["手机号码"] = People.Mobile(), ["身份证号码"] = double.Parse(id[..17] + "0"), ["类别"] = "在职教师", ["学习点"] = "甲村",
        };
        using var xlsx = new MemoryStream();
        xlsx.SaveAs(new[] { row });
        var csv = Encoding.UTF8.GetBytes($"姓名,性别,手机号码,身份证号码,类别,学习点\r\n数字格,女,{People.Mobile()},5.00110197806052E+17,在职教师,甲村\r\n");
        foreach (var (file, name) in new[] { (xlsx.ToArray(), "志愿者.xlsx"), (csv, "志愿者.csv") })
        {
            var form = new MultipartFormDataContent { { new ByteArrayContent(file), "file", name } };
            var report = (await Admin.Send(new HttpRequestMessage(HttpMethod.Post, "/api/imports/volunteers?dryRun=true") { Content = form })).Expect(200).Json;
            var error = report["errors"]!.AsArray().Single()!;
            Assert.That(error["field"]!.GetValue<string>(), Is.EqualTo("idNumber"), name);
            Assert.That(error["message"]!.GetValue<string>(), Does.Contain("改成了数字").And.Contain("设为“文本”格式").And.Contain("重新输入"), name);
        }
    }
}
