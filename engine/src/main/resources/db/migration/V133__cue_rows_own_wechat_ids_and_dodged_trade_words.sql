-- A customer's own WeChat id, a buyer's and a seller's words spelt to dodge the lists, and a customer who cannot reach
-- the shop (issue 17). 我微信号abc123，帮我开下发票 warned a customer asking for an invoice: a WeChat id right after an
-- own-number phrase (own-number: 我的微信, 我微信号; through one 是) in a message naming an order matter is the writer's
-- own, and an invoice asked for (order-matter: 帮我开下发票, 发票抬头) is an order matter. 购买 written otherwise than it
-- reads (dodged-trade: 沟买, 購買, 购 买) is a trade word beside a private-chat ask, as are 出受, 代受 and 受卖 with 受
-- written for 售; 私v, q我 and 私戳 ask for a private chat anywhere (private-chat), and 请加, 速加, 需要的私 and 可私 at
-- the end of a message or clause (closing-ask); 微信联系不上 is a customer's complaint and 兼职带娃 a parent's search
-- (everyday). From QQ groups' ads: 扩列 before a number (contact), 代练 and 代写 (trade), 代写 and 拉人进群 with their pay
-- (task, per: 一篇), and game accounts bought and sold (account: 王者号, 吃鸡号). A row already written is not added
-- twice. The cue file gets one new version, appended to its latest; a new database seeds the shipped file, which
-- lists them.
INSERT INTO qf_variant_version (file_name, version, content, author, comment, published_at)
SELECT file_name,
       version + 1,
       content
       || CASE WHEN POSITION(CHR(10) || '我微信号,own-number' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '我微信号,own-number' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '我的微信号,own-number' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '我的微信号,own-number' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '我微信,own-number' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '我微信,own-number' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '我的微信,own-number' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '我的微信,own-number' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '帮我开发票,order-matter' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '帮我开发票,order-matter' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '帮我开下发票,order-matter' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '帮我开下发票,order-matter' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '帮我开个发票,order-matter' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '帮我开个发票,order-matter' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '帮我开张发票,order-matter' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '帮我开张发票,order-matter' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '帮我开一下发票,order-matter' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '帮我开一下发票,order-matter' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '给我开发票,order-matter' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '给我开发票,order-matter' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '给我开个发票,order-matter' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '给我开个发票,order-matter' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '给我开张发票,order-matter' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '给我开张发票,order-matter' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '麻烦开下发票,order-matter' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '麻烦开下发票,order-matter' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '可以开发票吗,order-matter' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '可以开发票吗,order-matter' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '能开发票吗,order-matter' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '能开发票吗,order-matter' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '能不能开发票,order-matter' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '能不能开发票,order-matter' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '发票抬头,order-matter' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '发票抬头,order-matter' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '购买,dodged-trade' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '购买,dodged-trade' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '出受,trade' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '出受,trade' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '代受,trade' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '代受,trade' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '受卖,trade' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '受卖,trade' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '出受,deal' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '出受,deal' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '代受,deal' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '代受,deal' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '受卖,deal' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '受卖,deal' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '私v,private-chat' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '私v,private-chat' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '私vx,private-chat' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '私vx,private-chat' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || 'q我,private-chat' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || 'q我,private-chat' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '私戳,private-chat' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '私戳,private-chat' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '请加,closing-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '请加,closing-ask' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '速加,closing-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '速加,closing-ask' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '需要的私,closing-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '需要的私,closing-ask' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '要的私,closing-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '要的私,closing-ask' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '有意私,closing-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '有意私,closing-ask' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '兴趣的私,closing-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '兴趣的私,closing-ask' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '可私,closing-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '可私,closing-ask' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '来私,closing-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '来私,closing-ask' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '请私,closing-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '请私,closing-ask' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '速私,closing-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '速私,closing-ask' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '微信联系不上,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '微信联系不上,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '微信联系不到,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '微信联系不到,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '微信联系了,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '微信联系了,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '微信联系过,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '微信联系过,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '兼职带娃,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '兼职带娃,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '兼职阿姨,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '兼职阿姨,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '兼职保姆,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '兼职保姆,everyday' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '扩列,contact' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '扩列,contact' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '代练,trade' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '代练,trade' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '代写,trade' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '代写,trade' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '代写,task' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '代写,task' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '拉人进群,task' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '拉人进群,task' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '一篇,per' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '一篇,per' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '王者号,account' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '王者号,account' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '吃鸡号,account' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '吃鸡号,account' ELSE '' END
       || CASE WHEN POSITION(CHR(10) || '原神号,account' || CHR(10) IN CHR(10) || content || CHR(10)) = 0 THEN CHR(10) || '原神号,account' ELSE '' END,
       'system',
       '我的微信, 我微信号 (own-number); 帮我开下发票, 发票抬头 (order-matter); 购买 (dodged-trade); 出受, 代受 (trade, deal); 私v, q我 (private-chat); 请加 (closing-ask); 微信联系不上 (everyday); 扩列 (contact); 代练, 代写 (trade); 王者号 (account)',
       CURRENT_TIMESTAMP
FROM qf_variant_version
WHERE file_name = 'cues'
  AND version = (SELECT MAX(version) FROM qf_variant_version WHERE file_name = 'cues')
  AND (POSITION(CHR(10) || '我微信号,own-number' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '我的微信号,own-number' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '我微信,own-number' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '我的微信,own-number' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '帮我开发票,order-matter' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '帮我开下发票,order-matter' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '帮我开个发票,order-matter' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '帮我开张发票,order-matter' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '帮我开一下发票,order-matter' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '给我开发票,order-matter' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '给我开个发票,order-matter' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '给我开张发票,order-matter' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '麻烦开下发票,order-matter' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '可以开发票吗,order-matter' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '能开发票吗,order-matter' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '能不能开发票,order-matter' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '发票抬头,order-matter' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '购买,dodged-trade' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '出受,trade' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '代受,trade' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '受卖,trade' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '出受,deal' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '代受,deal' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '受卖,deal' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '私v,private-chat' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '私vx,private-chat' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || 'q我,private-chat' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '私戳,private-chat' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '请加,closing-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '速加,closing-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '需要的私,closing-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '要的私,closing-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '有意私,closing-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '兴趣的私,closing-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '可私,closing-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '来私,closing-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '请私,closing-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '速私,closing-ask' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '微信联系不上,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '微信联系不到,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '微信联系了,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '微信联系过,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '兼职带娃,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '兼职阿姨,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '兼职保姆,everyday' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '扩列,contact' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '代练,trade' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '代写,trade' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '代写,task' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '拉人进群,task' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '一篇,per' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '王者号,account' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '吃鸡号,account' || CHR(10) IN CHR(10) || content || CHR(10)) = 0
       OR POSITION(CHR(10) || '原神号,account' || CHR(10) IN CHR(10) || content || CHR(10)) = 0);
