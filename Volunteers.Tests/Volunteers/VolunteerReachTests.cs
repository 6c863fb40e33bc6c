using Volunteers.Tests.Support;

namespace Volunteers.Tests.Volunteers;

public sealed class VolunteerReachTests : TwoPointFixture
{
    private Task<Reply> Reveal(ApiClient api, long id) => api.Post($"/api/volunteers/{id}/reveal-id-number", new { reason = "办理志愿者意外保险" });

    [Test]
    public async Task Only_the_admin_reveals_a_whole_ID_number_and_only_of_a_volunteer_who_gave_one()
    {
        var body = People.Volunteer(PointA.PointId);
        var withId = (await A.Post("/api/volunteers", body)).Expect(201).Id;
        (await Reveal(A, withId)).Expect(403);
        Assert.That((await Reveal(Admin, withId)).Expect(200).Body!.ToJsonString(), Does.Contain((string)body["idNumber"]!));

        var without = People.Volunteer(PointA.PointId);
        without["idNumber"] = null;
        without["birthDate"] = People.BornYearsAgo(40).ToString("yyyy-MM-dd");
        var noId = (await A.Post("/api/volunteers", without)).Expect(201).Id;
        Assert.That((await Reveal(Admin, noId)).Expect(409).Str("detail"), Does.Contain("没有登记身份证号码"));
        (await Reveal(Admin, 987654)).Expect(404);
    }

    [Test]
    public async Task A_volunteer_of_an_unknown_point_is_refused_naming_the_point_even_for_the_admin()
    {
        var reply = (await Admin.Post("/api/volunteers", People.Volunteer(987654))).Expect(400);
        Assert.That(reply.ErrorFields, Is.EqualTo(new[] { "learningPointId" }));
        Assert.That(reply.ErrorReason("learningPointId"), Does.Contain("学习点不存在"));
    }

    [Test]
    public async Task An_unknown_volunteer_is_not_found_in_either_language()
    {
        Assert.That((await A.Get("/api/volunteers/987654")).Expect(404).Str("detail"), Does.Contain("志愿者不存在"));
        Assert.That((await A.Get("/api/volunteers/987654", "en")).Expect(404).Str("detail"), Does.Contain("Volunteer was not found"));
    }
}
