using FastEndpoints;
using Volunteers.Api.Setup;
using Volunteers.Core.Volunteers;

namespace Volunteers.Api.Features.Volunteers.Update;

/// <summary>Partial update: only the fields sent change; the merged volunteer is checked against every rule in Core.</summary>
public sealed class Request
{
    public long Id { get; set; }
    public string? Name { get; set; }
    public string? Gender { get; set; }
    public string? Mobile { get; set; }
    public string? IdNumber { get; set; }
    public DateOnly? BirthDate { get; set; }
    public string? Category { get; set; }
    public string? Workplace { get; set; }
    public List<string>? Skills { get; set; }
    public long? LearningPointId { get; set; }
    public string? GuardianName { get; set; }
    public string? GuardianMobile { get; set; }
}

public sealed class Endpoint(VolunteerCommands changes, VolunteerViews views) : Endpoint<Request, VolunteerResponse>
{
    public override void Configure()
    {
        Patch("/api/volunteers/{id}");
        Roles(Access.Staff);
    }

    public override Task HandleAsync(Request r, CancellationToken ct)
    {
        var patch = new VolunteerPatch
        {
            Name = r.Name,
            Gender = r.Gender,
            Mobile = r.Mobile,
            IdNumber = r.IdNumber,
            BirthDate = r.BirthDate,
            Category = r.Category,
            Workplace = r.Workplace,
            Skills = r.Skills,
            LearningPointId = r.LearningPointId,
            GuardianName = r.GuardianName,
            GuardianMobile = r.GuardianMobile,
        };
        return Send.OkAsync(views.Of(changes.Update(User.Caller(), r.Id, patch)), ct);
    }
}
