package vn.provportal.question.entity;

/**
 * A question's way: asked ({@code RECEIVED}), given to a department ({@code ASSIGNED}), answered by an editor
 * ({@code ANSWERED}), shown on the portal once a publisher approves ({@code PUBLISHED}); or not taken up
 * ({@code REJECTED}, with the reason the asker reads by the tracking code).
 */
public enum QuestionStatus {
    RECEIVED, ASSIGNED, ANSWERED, PUBLISHED, REJECTED
}
