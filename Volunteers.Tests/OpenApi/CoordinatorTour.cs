// Compiled at test time with the client NSwag generates from the served document (GeneratedClientTests), not with the
// test project: it uses only the generated types, as a user of the API would. It follows the README's tour.
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;

namespace Volunteers.Client;

public static class CoordinatorTour
{
    public static async Task<IReadOnlyList<string>> RunAsync(Func<string, HttpClient> connect, string adminToken)
    {
        var steps = new List<string>();
        var admin = new VolunteersClient(connect(adminToken));
        var town = await admin.UpdateTownAsync(new TownUpdateRequest { Name = "扶欢镇", ResidentPopulation = 35000, TargetRatio = 0.01m });
        steps.Add($"town {town.Name} target {town.Target}");
        var point = await admin.CreateLearningPointAsync(new LearningPointsCreateRequest
            { Code = "XL", Name = "新连村", Kind = LearningPointsCreateRequestKind.Village, ResidentPopulation = 2400 });
        steps.Add($"point {point.Code}");
        var account = await admin.CreateAccountAsync(new AccountsCreateRequest
            { Name = "王联络", Mobile = "13800138000", Role = AccountsCreateRequestRole.PointCoordinator, LearningPointId = point.Id });
        steps.Add($"account {Value(account.Role)}");

        var coordinator = new VolunteersClient(connect(account.Token));
        var li = new VolunteersCreateRequest
        {
            Name = "李秀英", Gender = VolunteersCreateRequestGender.Female, Mobile = "13912345678", IdNumber = "500110198003150024",
            Category = VolunteersCreateRequestCategory.Teacher, Workplace = "扶欢镇中心小学", Skills = ["书法"], LearningPointId = point.Id,
        };
        var volunteer = await coordinator.CreateVolunteerAsync(li);
        steps.Add($"volunteer {Value(volunteer.Status)}");
        var second = await coordinator.CreateVolunteerAsync(new VolunteersCreateRequest
        {
            Name = "张伟", Gender = VolunteersCreateRequestGender.Male, Mobile = "13912345679", BirthDate = new DateTimeOffset(1990, 5, 1, 0, 0, 0, TimeSpan.Zero),
            Category = VolunteersCreateRequestCategory.UniversityStudent, LearningPointId = point.Id,
        });
        var found = await coordinator.ListVolunteersAsync(learningPointId: null, status: "active", category: null, q: "李", page: null, pageSize: null);
        steps.Add($"found {found.Total}");
        var corrected = await coordinator.UpdateVolunteerAsync(volunteer.Id, new VolunteersUpdateRequest { Workplace = "扶欢中学" });
        steps.Add($"workplace {corrected.Workplace}");

        var activity = await coordinator.CreateActivityAsync(new ActivitiesCreateRequest
            { Title = "家庭教育讲座", Type = ActivitiesCreateRequestType.Lecture, LearningPointId = point.Id, Date = DateTimeOffset.UtcNow.AddDays(-3), Location = "村委会" });
        steps.Add($"activity {Value(activity.Type)}");
        var sheet = await coordinator.RecordAttendanceAsync(activity.Id, new ServiceRecordsAttendanceRequest
            { Entries = [new AttendanceEntry { VolunteerId = volunteer.Id, Hours = 2.5m }, new AttendanceEntry { VolunteerId = second.Id, Hours = 2m }] });
        steps.Add($"sheet {sheet.Created.Count}");
        var approved = await admin.ApproveServiceRecordAsync(sheet.Created.First(), new ServiceRecordsReviewRequest());
        steps.Add(Value(approved.Status));
        steps.Add($"hours {(await coordinator.GetVolunteerAsync(volunteer.Id)).ApprovedHours}");

        using (var proof = await coordinator.GetServiceProofAsync(volunteer.Id, null, null)) steps.Add($"proof {await Start(proof.Stream, 4)}");
        using (var export = await coordinator.ExportVolunteersAsync("xlsx", null, null)) steps.Add($"export {await Start(export.Stream, 2)}");

        try
        {
            await coordinator.CreateVolunteerAsync(li);
            steps.Add("a second registration of the same mobile went through");
        }
        catch (ApiException<ProblemBody> e)
        {
            steps.Add($"{e.StatusCode} problem {e.Result.Title}");
        }
        return steps;
    }

    /// <summary>The wire value of a generated enum (its EnumMember), or the string itself.</summary>
    private static string Value(object value) =>
        value.GetType().GetField(value.ToString()!)?.GetCustomAttributes(typeof(System.Runtime.Serialization.EnumMemberAttribute), false)
            .Cast<System.Runtime.Serialization.EnumMemberAttribute>().SingleOrDefault()?.Value ?? value.ToString()!;

    private static async Task<string> Start(Stream stream, int count)
    {
        var buffer = new byte[count];
        await stream.ReadExactlyAsync(buffer);
        return Encoding.ASCII.GetString(buffer);
    }
}
