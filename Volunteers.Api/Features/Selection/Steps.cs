using FastEndpoints;
using FluentValidation;
using Volunteers.Api.Setup;
using Volunteers.Core.Common;
using Volunteers.Core.Selection;
using Volunteers.Api.Setup.OpenApi;

namespace Volunteers.Api.Features.Selection.Steps;

public sealed class NominationRequest
{
    public int Year { get; set; }
    public long VolunteerId { get; set; }
    public string Reason { get; set; } = "";
}

public sealed class NominationValidator : Validator<NominationRequest>
{
    public NominationValidator() => RuleFor(x => x.Reason).IsText("推荐理由", "reason", 500);
}

/// <summary>Answers the nomination made, not the whole selection.</summary>
public sealed class Nominate(SelectionQueries selections, SelectionCommands steps) : Endpoint<NominationRequest, Nomination>
{
    public override void Configure()
    {
        Post("/api/selections/{year}/nominations");
        Roles(Access.Staff);
        Description(x => x.Created());
    }

    public override async Task HandleAsync(NominationRequest r, CancellationToken ct)
    {
        var id = steps.Nominate(User.Caller(), r.Year, r.VolunteerId, r.Reason.Trim());
        await Send.ResponseAsync(selections.Get(User.Caller(), r.Year).Nominations.Single(n => n.Id == id), 201, ct);
    }
}

public sealed class ReviewRequest
{
    public int Year { get; set; }
    public List<long> VolunteerIds { get; set; } = [];
}

public sealed class Review(SelectionQueries selections, SelectionCommands steps) : Endpoint<ReviewRequest, SelectionView>
{
    public override void Configure()
    {
        Post("/api/selections/{year}/review");
        Roles(Access.TownAdmin);
    }

    public override Task HandleAsync(ReviewRequest r, CancellationToken ct)
    {
        steps.Review(User.Caller(), r.Year, (r.VolunteerIds ?? []).Distinct().ToList());
        return Send.OkAsync(selections.Get(User.Caller(), r.Year), ct);
    }
}

public sealed class NoticeRequest
{
    public int Year { get; set; }
    public int Days { get; set; } = 7;
}

public sealed class NoticeValidator : Validator<NoticeRequest>
{
    public NoticeValidator() => RuleFor(x => x.Days).InclusiveBetween(0, SelectionCommands.MaxNoticeDays)
        .WithMessage(_ => Text.T($"公示天数须在 0–{SelectionCommands.MaxNoticeDays} 之间", $"The notice lasts 0–{SelectionCommands.MaxNoticeDays} days"));
}

public sealed class Notice(SelectionQueries selections, SelectionCommands steps) : Endpoint<NoticeRequest, SelectionView>
{
    public override void Configure()
    {
        Post("/api/selections/{year}/notice");
        Roles(Access.TownAdmin);
    }

    public override Task HandleAsync(NoticeRequest r, CancellationToken ct)
    {
        steps.StartNotice(User.Caller(), r.Year, r.Days);
        return Send.OkAsync(selections.Get(User.Caller(), r.Year), ct);
    }
}

public sealed record FinalizeRequest(int Year);

public sealed class Finalize(SelectionCommands steps, AwardResponses awards) : Endpoint<FinalizeRequest, IReadOnlyList<AwardResponse>>
{
    public override void Configure()
    {
        Post("/api/selections/{year}/finalize");
        Roles(Access.TownAdmin);
    }

    public override Task HandleAsync(FinalizeRequest r, CancellationToken ct) =>
        Send.OkAsync(steps.Finalize(User.Caller(), r.Year).Select(a => awards.Of(a, HttpContext)).ToList(), ct);
}
