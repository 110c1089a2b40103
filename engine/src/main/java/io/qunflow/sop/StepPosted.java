package io.qunflow.sop;

/**
 * What a workflow step's post came to: the post, or why nothing went out (the daily cap was
 * reached, or there was nothing of that purpose to post).
 */
public record StepPosted(SopPost post, String notPostedBecause) {

    public boolean posted() {
        return post != null;
    }
}
