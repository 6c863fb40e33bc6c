using Bogus;
using Volunteers.Core.Volunteers;

namespace Volunteers.Bench.Data;

public sealed record FakePerson(string Name, string Gender, string Mobile, string IdNumber, DateOnly BirthDate, string Category,
    string Workplace, IReadOnlyList<string> Skills);

/// <summary>
/// Volunteers as the town has them — Chinese names (some minority names with the middle dot), mainland mobiles, resident ID
/// numbers of Qijiang district with real check digits — the same for the same seed and serial, and unique per serial, so a
/// benchmark or a test can make a million of them without a clash.
/// </summary>
public sealed class FakePeople(int seed = 2024, long firstSerial = 0)
{
    private static readonly string[] MobilePrefixes =
        ["130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "153", "155", "156", "157", "158", "159",
         "180", "181", "182", "183", "185", "186", "187", "188", "189"];
    private static readonly string[] MinorityNames = ["阿卜杜·热合曼", "买买提·吐尔逊", "热依拉·艾力", "古丽娜·努尔", "扎西·多吉"];
    private static readonly string[] Workplaces =
        ["扶欢镇中心小学", "扶欢中学", "扶欢镇卫生院", "重庆第二师范学院", "扶欢镇农业服务中心", "綦江区图书馆", "扶欢镇文化站", "退休"];
    private static readonly string[] SkillPool = ["书法", "朗诵", "绘画", "舞蹈", "电脑", "手机使用", "法律咨询", "健康讲座", "种植技术", "川剧", "摄影"];
    private static readonly (string Category, int Weight)[] Categories =
        [("teacher", 35), ("university-student", 20), ("retired-cadre", 20), ("expert-scholar", 5), ("professional-technician", 15), ("other", 5)];
    private static readonly DateOnly OldestBirth = new(1955, 1, 1);
    private static readonly int BirthDays = new DateOnly(2004, 12, 31).DayNumber - OldestBirth.DayNumber + 1;

    private readonly Faker _faker = new("zh_CN") { Random = new Randomizer(seed) };
    private long _serial = firstSerial;

    public long NextSerial => _serial;

    public FakePerson Next()
    {
        var serial = _serial++;
        var f = _faker;
        var gender = f.Random.Bool() ? "male" : "female";
        var name = f.Random.Int(0, 99) < 2 ? f.PickRandom(MinorityNames) : f.Name.LastName() + f.Name.FirstName();
        var birth = OldestBirth.AddDays((int)(serial % BirthDays));
        return new FakePerson(name, gender, Mobile(serial), IdNumber(serial, birth, gender), birth, PickCategory(),
            f.PickRandom(Workplaces), f.PickRandom(SkillPool, f.Random.Int(1, 3)).ToList());
    }

    /// <summary>Distinct serials give distinct numbers: the prefix and a bijection on the eight digits that follow (7919 is prime to 10⁸).</summary>
    public static string Mobile(long serial)
    {
        var prefix = MobilePrefixes[serial % MobilePrefixes.Length];
        var rest = (serial / MobilePrefixes.Length * 7919 + 12_345_678) % 100_000_000;
        return prefix + rest.ToString("00000000");
    }

    /// <summary>500110 (Qijiang) + birth date + a sequence whose last digit is odd for men, then the GB 11643 check character.</summary>
    public static string IdNumber(long serial, DateOnly birth, string gender)
    {
        var sequence = serial / BirthDays % 500 * 2 + (gender == "male" ? 1 : 0);
        var first17 = "500110" + birth.ToString("yyyyMMdd") + sequence.ToString("000");
        return first17 + ResidentId.CheckCharacter(first17);
    }

    private string PickCategory()
    {
        var roll = _faker.Random.Int(0, 99);
        foreach (var (category, weight) in Categories)
        {
            if (roll < weight) return category;
            roll -= weight;
        }
        return "other";
    }
}
