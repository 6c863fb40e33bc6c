using Volunteers.Bench.Data;
using Volunteers.Core.Volunteers;
using Volunteers.Tests.Support;

namespace Volunteers.Tests.Volunteers;

/// <summary>The benchmarks' generator of volunteers: what it makes must be what the service accepts, and never clash.</summary>
public sealed class FakePeopleTests
{
    [Test]
    public void The_same_seed_makes_the_same_people()
    {
        var a = new FakePeople(seed: 11);
        var b = new FakePeople(seed: 11);
        Assert.That(Enumerable.Range(0, 50).Select(_ => Text(a.Next())), Is.EqualTo(Enumerable.Range(0, 50).Select(_ => Text(b.Next()))));
    }

    private static string Text(FakePerson p) => (p with { Skills = [] }) + string.Join("、", p.Skills);

    [Test]
    public void Mobiles_and_ID_numbers_are_valid_and_unique_and_IDs_agree_with_gender_and_birth_date()
    {
        var people = new FakePeople();
        var all = Enumerable.Range(0, 20_000).Select(_ => people.Next()).ToList();
        Assert.That(all.Select(p => p.Mobile).Distinct().Count(), Is.EqualTo(all.Count));
        Assert.That(all.Select(p => p.IdNumber).Distinct().Count(), Is.EqualTo(all.Count));
        foreach (var p in all.Take(2_000))
        {
            Assert.That(MobileNumber.Normalize(p.Mobile), Is.EqualTo(p.Mobile), p.Mobile);
            Assert.That(ResidentId.HasValidShape(p.IdNumber) && ResidentId.HasValidCheck(p.IdNumber), p.IdNumber);
            Assert.That(ResidentId.Gender(p.IdNumber), Is.EqualTo(p.Gender));
            Assert.That(ResidentId.BirthDate(p.IdNumber), Is.EqualTo(p.BirthDate));
            Assert.That(PersonName.FirstDisallowed(PersonName.Normalize(p.Name)), Is.Null, p.Name);
        }
    }

    [Test]
    public async Task The_service_accepts_every_generated_volunteer()
    {
        var host = new TestHost();
        try
        {
            var admin = host.Admin();
            var point = await admin.CreatePoint();
            var people = new FakePeople(seed: 3, firstSerial: 500);
            for (var i = 0; i < 40; i++)
            {
                var p = people.Next();
                (await admin.Post("/api/volunteers", new
                {
                    name = p.Name,
                    gender = p.Gender,
                    mobile = p.Mobile,
                    idNumber = p.IdNumber,
                    category = p.Category,
                    workplace = p.Workplace,
                    skills = p.Skills,
                    learningPointId = point,
                })).Expect(201);
            }
        }
        finally
        {
            host.DisposeAndDelete();
        }
    }
}
