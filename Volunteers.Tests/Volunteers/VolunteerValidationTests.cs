using Volunteers.Tests.Support;

namespace Volunteers.Tests.Volunteers;

public sealed class VolunteerValidationTests
{
    private TestHost _host = null!;
    private long _pointId;

    [OneTimeSetUp]
    public async Task Start()
    {
        _host = new TestHost();
        _pointId = await _host.Admin().CreatePoint();
    }

    [OneTimeTearDown] public void Stop() => _host.DisposeAndDelete();

    private Task<Reply> Create(Action<Dictionary<string, object?>> change, string? language = null)
    {
        var body = People.Volunteer(_pointId);
        change(body);
        return _host.Admin().Post("/api/volunteers", body, language);
    }

    [TestCase("张𠮷")]
    [TestCase("阿卜杜·热合曼")]
    [TestCase("阿卜杜・热合曼")]
    [TestCase("John Smith")]
    [TestCase("龚䶮")]
    public async Task Names_people_really_have_are_accepted(string name)
    {
        var reply = (await Create(b => b["name"] = name)).Expect(201);
        Assert.That(reply.Str("name"), Is.EqualTo(name.Replace('・', '·')));
    }

    [TestCase("")]
    [TestCase("   ")]
    [TestCase("张3")]
    [TestCase("<script>")]
    [TestCase("李四'; DROP TABLE volunteers;--")]
    [TestCase("王😀")]
    public async Task Other_names_are_refused_naming_the_field(string name)
    {
        var reply = (await Create(b => b["name"] = name)).Expect(400);
        Assert.That(reply.ErrorFields, Is.EqualTo(new[] { "name" }));
        Assert.That(reply.ErrorReason("name"), Does.Contain("姓名"));
    }

    [Test]
    public async Task A_name_counts_characters_not_code_units()
    {
        (await Create(b => b["name"] = string.Concat(Enumerable.Repeat("𠮷", 30)))).Expect(201);
        (await Create(b => b["name"] = string.Concat(Enumerable.Repeat("𠮷", 31)))).Expect(400);
    }

    [TestCase("+86 139 1234 5678")]
    [TestCase("139-1234-5678")]
    [TestCase("8613912345678")]
    public async Task Mobiles_are_accepted_in_the_ways_people_write_them_and_stored_as_11_digits(string written)
    {
        // each case uses its own number: the formats differ, the numbers must too
        var digits = "139" + Random.Shared.Next(10_000_000, 99_999_999);
        var formatted = written.Replace("1234", digits[3..7]).Replace("5678", digits[7..]);
        var reply = (await Create(b => b["mobile"] = formatted)).Expect(201);
        Assert.That(reply.Str("mobile"), Is.EqualTo(digits));
    }

    [TestCase("12345")]
    [TestCase("1391234567a")]
    [TestCase("02345678901")]
    [TestCase("11012345678")]
    [TestCase("139123456789")]
    [TestCase("+1 202 555 0143")]
    public async Task Numbers_that_are_not_mainland_mobiles_are_refused(string mobile)
    {
        var reply = (await Create(b => b["mobile"] = mobile)).Expect(400);
        Assert.That(reply.ErrorFields, Is.EqualTo(new[] { "mobile" }));
    }

    [Test]
    public async Task A_lower_case_x_check_character_is_accepted_and_stored_upper_case()
    {
        string id;
        do id = People.IdNumber(People.BornYearsAgo(40), "female"); while (!id.EndsWith('X'));
        var reply = (await Create(b => { b["idNumber"] = id.ToLowerInvariant(); b["gender"] = "female"; })).Expect(201);
        Assert.That(reply.Str("idNumber"), Is.EqualTo(id[..6] + "********" + id[14..]));
        Assert.That(reply.Str("idNumber"), Does.EndWith("X"));
    }

    [Test]
    public async Task ID_numbers_with_a_wrong_check_digit_length_or_date_are_refused()
    {
        var good = People.IdNumber(People.BornYearsAgo(40), "female");
        var wrongCheck = good[..17] + (good[17] == '0' ? '1' : '0');
        var impossibleDate = "50011019990230" + "002";
        impossibleDate += global::Volunteers.Core.Volunteers.ResidentId.CheckCharacter(impossibleDate);
        foreach (var bad in new[] { wrongCheck, good[..17], good + "1", "50011019800101002Y", impossibleDate })
        {
            var reply = (await Create(b => b["idNumber"] = bad)).Expect(400);
            Assert.That(reply.ErrorFields, Is.EqualTo(new[] { "idNumber" }), bad);
        }
    }

    [Test]
    public async Task The_ID_number_must_agree_with_the_birth_date_and_gender()
    {
        var birth = People.BornYearsAgo(30);
        var id = People.IdNumber(birth, "male");
        var wrongDate = (await Create(b => { b["idNumber"] = id; b["gender"] = "male"; b["birthDate"] = birth.AddDays(1).ToString("yyyy-MM-dd"); })).Expect(400);
        Assert.That(wrongDate.ErrorFields, Is.EqualTo(new[] { "birthDate" }));
        var wrongGender = (await Create(b => { b["idNumber"] = id; b["gender"] = "female"; })).Expect(400);
        Assert.That(wrongGender.ErrorFields, Is.EqualTo(new[] { "gender" }));
        var consistent = (await Create(b => { b["idNumber"] = id; b["gender"] = "male"; b["birthDate"] = birth.ToString("yyyy-MM-dd"); })).Expect(201);
        Assert.That(consistent.Str("birthDate"), Is.EqualTo(birth.ToString("yyyy-MM-dd")));
    }

    [Test]
    public async Task Without_an_ID_number_a_birth_date_is_needed()
    {
        var reply = (await Create(b => b.Remove("idNumber"))).Expect(400);
        Assert.That(reply.ErrorFields, Is.EqualTo(new[] { "birthDate" }));
        (await Create(b => { b.Remove("idNumber"); b["birthDate"] = People.BornYearsAgo(50).ToString("yyyy-MM-dd"); })).Expect(201);
    }

    [Test]
    public async Task Volunteers_are_14_or_older_and_minors_need_a_guardian()
    {
        var thirteen = (await Create(b => { b.Remove("idNumber"); b["birthDate"] = People.BornYearsAgo(14, extraDays: -3).ToString("yyyy-MM-dd"); })).Expect(400);
        Assert.That(thirteen.ErrorFields, Is.EqualTo(new[] { "birthDate" }));
        Assert.That(thirteen.ErrorReason("birthDate"), Does.Contain("14"));

        var minor = People.IdNumber(People.BornYearsAgo(15), "female");
        var noGuardian = (await Create(b => b["idNumber"] = minor)).Expect(400);
        Assert.That(noGuardian.ErrorFields, Is.EquivalentTo(new[] { "guardianName", "guardianMobile" }));

        var withGuardian = (await Create(b => { b["idNumber"] = minor; b["guardianName"] = "李父"; b["guardianMobile"] = People.Mobile(); })).Expect(201);
        Assert.That(withGuardian.Str("guardianName"), Is.EqualTo("李父"));
    }

    [Test]
    public async Task Categories_genders_skills_and_points_are_checked()
    {
        var reply = (await Create(b =>
        {
            b["category"] = "farmer";
            b["gender"] = "unknown";
            b["skills"] = new[] { "", new string('长', 21) };
            b["learningPointId"] = 0;
            b.Remove("idNumber");
            b["birthDate"] = "1980-01-01";
        })).Expect(400);
        Assert.That(reply.ErrorFields, Is.SupersetOf(new[] { "category", "gender", "learningPointId" }));
        Assert.That(reply.ErrorFields.Count(f => f.StartsWith("skills")), Is.EqualTo(2));
        var unknownPoint = (await Create(b => b["learningPointId"] = 987654)).Expect(400);
        Assert.That(unknownPoint.ErrorFields, Is.EqualTo(new[] { "learningPointId" }));
    }

    [Test]
    public async Task Messages_are_Chinese_by_default_and_English_on_request()
    {
        var chinese = (await Create(b => b["mobile"] = "123")).Expect(400);
        Assert.That(chinese.ErrorReason("mobile"), Does.Contain("手机号码"));
        Assert.That(chinese.Str("title"), Is.EqualTo("请求内容有误"));
        var english = (await Create(b => b["mobile"] = "123", language: "en")).Expect(400);
        Assert.That(english.ErrorReason("mobile"), Does.Contain("mobile number"));
        Assert.That(english.Str("title"), Is.EqualTo("The request is invalid"));
    }

    [TestCase("{\"name\":")]
    [TestCase("[1,2,3]")]
    [TestCase("{\"name\": 12, \"learningPointId\": \"abc\"}")]
    [TestCase("not json at all")]
    public async Task Malformed_JSON_is_a_400_problem_without_internals(string body)
    {
        var reply = (await _host.Admin().PostRaw("/api/volunteers", body)).Expect(400);
        Assert.That(reply.Message.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/problem+json"));
        var text = reply.Body!.ToJsonString();
        Assert.That(text, Does.Not.Contain("System.").And.Not.Contain("   at ").And.Not.Contain("SQLite"));
    }
}
