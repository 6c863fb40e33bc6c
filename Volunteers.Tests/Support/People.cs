using Volunteers.Core.Registration;
using Volunteers.Core.Volunteers;

namespace Volunteers.Tests.Support;

/// <summary>Valid, unique mobiles and ID numbers for tests (Qijiang district's region code, real check digits).</summary>
public static class People
{
    private static int _counter = Random.Shared.Next(1, 5_000_000);

    public static string Mobile() => "139" + Interlocked.Increment(ref _counter).ToString("00000000");

    public static string IdNumber(DateOnly birth, string gender = "male") => IdNumber(birth, gender, Interlocked.Increment(ref _counter));

    private static string IdNumber(DateOnly birth, string gender, int n)
    {
        var sequence = (n % 100).ToString("00");
        var genderDigit = (n / 100 % 5 * 2 + (gender == "male" ? 1 : 0)).ToString();
        var first17 = "500110" + birth.ToString("yyyyMMdd") + sequence + genderDigit;
        return first17 + ResidentId.CheckCharacter(first17);
    }

    // One counter value gives the birthday, the sequence and the gender digit: no two volunteers of a run share an ID
    // number, however many threads draw at once (the district tests create hundreds at a time).
    private static string UniqueIdNumber(int age, string gender)
    {
        var n = Interlocked.Increment(ref _counter);
        return IdNumber(BornYearsAgo(age, extraDays: 10 + n / 500 % 300), gender, n);
    }

    public static DateOnly BornYearsAgo(int years, int extraDays = 10) =>
        DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddYears(-years).AddDays(-extraDays);

    public static Dictionary<string, object?> Volunteer(long learningPointId, string gender = "female", int age = 35) => new()
    {
        ["name"] = "李秀英",
        ["gender"] = gender,
        ["mobile"] = Mobile(),
        ["idNumber"] = UniqueIdNumber(age, gender),
        ["category"] = "teacher",
        ["workplace"] = "扶欢镇中心小学",
        ["skills"] = new[] { "书法", "朗诵" },
        ["learningPointId"] = learningPointId,
    };

    /// <summary>What the public form sends: a volunteer who agreed to the current privacy notice.</summary>
    public static Dictionary<string, object?> Registration(long learningPointId, int age = 35)
    {
        var body = Volunteer(learningPointId, age: age);
        body["consent"] = true;
        body["consentVersion"] = Consent.Version;
        return body;
    }
}
