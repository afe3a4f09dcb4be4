/// Seventeen recommendations whose titles paraphrase the themes of the inspection of how
/// the police and the NCA respond to online child sexual abuse and exploitation.
enum SampleRecommendations {
    struct Entry {
        var title: String
        var owner: String
        var deadline: String
        var forceAction: Bool
        var text: String
    }

    static let chiefs = "Chief constables"
    static let all: [Entry] = [
        Entry(
            title: "Act on every referral within the timescale its risk grade sets", owner: chiefs, deadline: "2023-10-31", forceAction: true,
            text:
                """
                Make sure that every referral is **acted on** within the timescale for its risk grade: a day for very high risk, 7 days for \
                high, 14 for medium and 30 for low.
                """
        ),
        Entry(
            title: "Grade suspects' risk with the nationally agreed tool", owner: chiefs, deadline: "2023-10-31", forceAction: true,
            text: "Use the nationally agreed risk assessment tool for every referral, and record *why* a grade was given."),
        Entry(
            title: "Review the grading of cases where children live with the suspect", owner: chiefs, deadline: "2023-10-31", forceAction: true,
            text: "Have a supervisor review every case graded **low** where the suspect lives with, or has regular access to, children."),
        Entry(
            title: "Share information with children's social care without delay", owner: chiefs, deadline: "2023-10-31", forceAction: true,
            text: "Tell children's social care about a suspect with access to children as soon as the risk is known, and record when it was done."),
        Entry(
            title: "Search the Police National Database for every suspect", owner: chiefs, deadline: "2023-10-31", forceAction: true,
            text: "Check the Police National Database for linked investigations before deciding on enforcement action."),
        Entry(
            title: "Give directly reported cases to specialist investigators", owner: chiefs, deadline: "2023-10-31", forceAction: true,
            text:
                """
                Allocate cases reported directly by the public to officers trained in online child abuse investigation, not only those referred \
                by the NCA.
                """
        ),
        Entry(
            title: "Supervise open cases against their deadlines", owner: chiefs, deadline: "2023-10-31", forceAction: true,
            text: "Put in place supervision that sees every open case that has passed its timescale, and acts on it."),
        Entry(
            title: "Make sure investigators have the digital forensic capacity they need", owner: chiefs, deadline: "2024-03-31", forceAction: true,
            text: "Assess the demand for digital forensic examination and provide the capacity to meet it without delaying arrests."),
        Entry(
            title: "Support the wellbeing of staff who view indecent images", owner: chiefs, deadline: "2024-03-31", forceAction: true,
            text: "Provide regular psychological support to staff exposed to indecent images of children."),
        Entry(
            title: "Publish national guidance on risk grading", owner: "College of Policing", deadline: "2023-10-31", forceAction: false,
            text: "Update the authorised professional practice so that it sets out how forces should grade and review risk."),
        Entry(
            title: "Agree one set of response timescales across policing", owner: "National Police Chiefs' Council lead for child protection",
            deadline: "2023-10-31", forceAction: false,
            text: "Agree with the NCA the timescales within which forces act on referrals of each grade."),
        Entry(
            title: "Improve the quality of the intelligence packages sent to forces", owner: "National Crime Agency", deadline: "2023-10-31",
            forceAction: false,
            text: "Make sure the referral packages sent to forces hold the information they need to grade risk."),
        Entry(
            title: "Report the time taken from referral to action, nationally", owner: "National Crime Agency", deadline: "2023-10-31",
            forceAction: false,
            text: "Collect from forces, and publish, the time taken between referral and enforcement action."),
        Entry(
            title: "Fund the work of the regional organised crime units on online abuse", owner: "Home Office", deadline: "2024-03-31",
            forceAction: false,
            text: "Decide on sustainable funding for regional teams that support forces with online child abuse cases."),
        Entry(
            title: "Set standards for training investigators of online child abuse", owner: "College of Policing", deadline: "2024-03-31",
            forceAction: false,
            text: "Develop accredited training for officers and staff who investigate online child sexual abuse."),
        Entry(
            title: "Evaluate the national risk assessment tool", owner: "National Police Chiefs' Council lead for child protection",
            deadline: "2024-03-31", forceAction: false,
            text: "Commission an independent evaluation of whether the risk assessment tool grades suspects accurately."),
        Entry(
            title: "Bring the data on online child abuse together in one place", owner: "Home Office", deadline: "", forceAction: false,
            text: "Work with policing to create a national data set on online child abuse referrals and outcomes."),
    ]
}
