using FastEndpoints;
using FluentValidation;
using Volunteers.Api.Setup;
using Volunteers.Core.Common;
using Volunteers.Core.Selection;
using Volunteers.Api.Setup.OpenApi;

namespace Volunteers.Api.Features.Selection.Objections;

public sealed class Request
{
    public int Year { get; set; }
    public long VolunteerId { get; set; }
    public string Text { get; set; } = "";
}

public sealed class Validator : Validator<Request>
{
    public Validator() => RuleFor(x => x.Text).IsText("异议内容", "objection", 1000);
}

/// <summary>Answers the objection recorded, not the whole selection.</summary>
public sealed class Record(SelectionQueries selections, SelectionCommands steps) : Endpoint<Request, Objection>
{
    public override void Configure()
    {
        Post("/api/selections/{year}/objections");
        Roles(Access.Staff);
        Description(x => x.Created());
    }

    public override async Task HandleAsync(Request r, CancellationToken ct)
    {
        var id = steps.Object(User.Caller(), r.Year, r.VolunteerId, r.Text.Trim());
        await Send.ResponseAsync(selections.Get(User.Caller(), r.Year).Objections.Single(o => o.Id == id), 201, ct);
    }
}

public sealed class ResolveRequest
{
    public int Year { get; set; }
    public long Id { get; set; }
    public bool? Upheld { get; set; }
    public string Note { get; set; } = "";
}

public sealed class ResolveValidator : Validator<ResolveRequest>
{
    public ResolveValidator()
    {
        RuleFor(x => x.Upheld).NotNull().WithMessage(_ => Text.T("请说明异议是否成立（upheld: true 或 false）", "Say whether the objection is upheld"));
        RuleFor(x => x.Note).IsText("处理意见", "note", 1000);
    }
}

public sealed class Resolve(SelectionQueries selections, SelectionCommands steps) : Endpoint<ResolveRequest, SelectionView>
{
    public override void Configure()
    {
        Post("/api/selections/{year}/objections/{id}/resolve");
        Roles(Access.TownAdmin);
    }

    // Another town's objection is absent before any field is checked.
    public override void OnBeforeValidate(ResolveRequest r) => selections.EnsureObjection(User.Caller(), r.Id);

    public override Task HandleAsync(ResolveRequest r, CancellationToken ct)
    {
        steps.Resolve(User.Caller(), r.Year, r.Id, r.Upheld!.Value, r.Note.Trim());
        return Send.OkAsync(selections.Get(User.Caller(), r.Year), ct);
    }
}
