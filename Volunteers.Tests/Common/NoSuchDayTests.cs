using System.Text;
using Volunteers.Tests.Support;

namespace Volunteers.Tests.Common;

/// <summary>1988-02-30 is in the right shape but names no day: the answer says so, for the field, and nothing is stored.</summary>
public sealed class NoSuchDayTests : TwoPointFixture
{
    [Test]
    public async Task A_birth_date_that_does_not_exist_is_named_as_such_and_nothing_is_stored()
    {
        var before = (await Admin.Get("/api/volunteers")).Json["total"]!.GetValue<long>();
        var body = People.Volunteer(PointA.PointId);
        body.Remove("idNumber");
        body["birthDate"] = "1988-02-30";
        var refused = (await A.Post("/api/volunteers", body)).Expect(400);
        Assert.That(refused.ErrorFields, Is.EqualTo(new[] { "birthDate" }));
        Assert.That(refused.ErrorReason("birthDate"), Does.Contain("日期不存在").And.Not.Contain("格式"));
        body["birthDate"] = "1988/02/28";
        Assert.That((await A.Post("/api/volunteers", body)).Expect(400).ErrorReason("birthDate"), Does.Not.Contain("日期不存在"), "a wrong shape is still a format error");
        Assert.That((await Admin.Get("/api/volunteers")).Json["total"]!.GetValue<long>(), Is.EqualTo(before));
    }

    [Test]
    public async Task An_activity_on_a_day_that_does_not_exist_is_named_as_such()
    {
        var refused = (await A.Post("/api/activities", new { title = "讲座", type = "lecture", learningPointId = PointA.PointId, date = "2026-04-31", location = "村委会" })).Expect(400);
        Assert.That((refused.ErrorFields, refused.ErrorReason("date")), Is.EqualTo((new[] { "date" }, "日期不存在：2026-04-31")));
    }

    [Test]
    public async Task A_sheets_birth_date_that_does_not_exist_is_named_as_such()
    {
        var csv = Encoding.UTF8.GetBytes($"姓名,性别,手机号码,出生日期,类别,学习点\r\n王不存,女,{People.Mobile()},1988-02-30,在职教师,甲村\r\n");
        var form = new MultipartFormDataContent { { new ByteArrayContent(csv), "file", "志愿者.csv" } };
        var report = (await Admin.Send(new HttpRequestMessage(HttpMethod.Post, "/api/imports/volunteers?dryRun=true") { Content = form })).Expect(200).Json;
        var error = report["errors"]!.AsArray().Single()!;
        Assert.That((error["field"]!.GetValue<string>(), error["message"]!.GetValue<string>()), Is.EqualTo(("birthDate", "第 2 行“出生日期”：日期不存在：1988-02-30")));
    }
}
