package io.qunflow.moderation;

/**
 * A two-character contact or private-chat cue as a homophone of it is read by sound (连系 as 联系,
 * 家我 as 加我, 思聊 as 私聊): counted only where the cue as written would be.
 *
 * @param text the cue as written, which the evidence shows
 * @param contact a contact cue: an account number or id after it counts, with the filler the
 *     written cue allows (连系：3179238)
 * @param opener the one-character contact cue the written cue opens with (the 加 of 加我), which
 *     takes an account only right after the cue; 0 for none (私聊 takes none)
 * @param privateChat a private-chat ask: a price or trade word right after it counts (思聊 一单20)
 */
record SoundAlikeCue(String text, boolean contact, char opener, boolean privateChat) {

    /** Whether an account number or id may follow it at all. */
    boolean takesAccount() {
        return contact || opener != 0;
    }
}
